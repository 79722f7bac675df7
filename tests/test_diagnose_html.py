"""The HTML report, opened in a real headless browser."""

import html
import shutil
import subprocess

import pytest

from tests.test_diagnose import SPEC, planted, record

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
ATTACK = "<script>document.title='pwned'</script> bad"


@pytest.fixture(scope="module")
def browser():
    found = next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)
    if found is None:
        pytest.skip("no headless Chromium: `make test` installs Debian's chromium package when it can (needs root)")
    return found


def dump_dom(browser, path, tmp_path):
    result = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--enable-logging=stderr", "--v=0", "--dump-dom", path.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout, result.stderr


@pytest.mark.browser
def test_report_renders_with_heatmap_and_escaped_text(browser, invoke, write, records_file, tmp_path):
    spec = write("diag.yaml", SPEC)
    records = [record(999, ATTACK, ["chest"])] + planted()
    data = records_file(records)
    scores = tmp_path / "scores.jsonl"
    assert invoke("score", spec, data, "-o", scores, "-q").exit_code == 0
    report = tmp_path / "report.html"
    result = invoke("diagnose", scores, "--spec", spec, "--baseline", scores, "--html", report, "-q")
    assert result.exit_code == 0, result.output
    dom, log = dump_dom(browser, report, tmp_path)
    assert 'id="heatmap"' in dom and "<svg" in dom.split('id="heatmap"', 1)[1][:400]
    assert "<title>Quark diagnosis — diag</title>" in dom, "the planted script must not run"
    assert html.escape("<script>document.title='pwned'</script>", quote=False) in dom
    assert "CONSOLE" not in log, log
