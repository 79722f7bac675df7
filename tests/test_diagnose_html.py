"""The HTML report, opened in a real headless browser."""

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.test_diagnose import SPEC, planted, record

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
ATTACK = "<script>document.title='pwned'</script> bad"
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars")


@pytest.fixture(scope="module")
def browser():
    found = next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)
    if found is None:
        pytest.skip("no headless Chromium: `make test` installs Debian's chromium package when it can (needs root)")
    return found


def chromium(browser, tmp_path, *args):
    result = subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}",
                             "--enable-logging=stderr", "--v=0", *args], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout, result.stderr


def dump_dom(browser, path, tmp_path, fragment=""):
    return chromium(browser, tmp_path, "--dump-dom", path.as_uri() + fragment)


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


def visible_flips(dom: str) -> list[str]:
    """The flip rows the page shows: a row the filter hides carries the `hidden` attribute."""
    rows = re.findall(r"<tr ([^>]*data-direction[^>]*)>", dom)
    return [row for row in rows if not re.search(r"\bhidden\b", row)]


@pytest.mark.browser
def test_flip_table_filters_offline_and_the_screenshot_is_taken(browser, invoke, write, records_file, tmp_path):
    """A regression planted in 'chest' and an improvement in wordy; the URL fragment sets the filters (as the
    drop-downs do), and the rows shown follow. The screenshot goes to $QUARK_REPORT_SCREENSHOT (for
    `make docs-screenshot`), else to the temp dir."""
    spec = write("diag.yaml", SPEC)
    current = planted(fail_chest=True)
    baseline = [dict(r, response="one") if i % 3 == 1 else r for i, r in enumerate(planted(fail_chest=False))]
    paths = {}
    for name, records in (("current", current), ("baseline", baseline)):
        paths[name] = tmp_path / f"{name}-scores.jsonl"
        result = invoke("score", spec, records_file(records, name=f"{name}.jsonl"), "-o", paths[name], "-q")
        assert result.exit_code == 0, result.output
    report, out = tmp_path / "report.html", tmp_path / "d.json"
    result = invoke("diagnose", paths["current"], "--baseline", paths["baseline"], "--html", report, "--json", out,
                    "-q")
    assert result.exit_code == 0, result.output
    flips = json.loads(out.read_text())["flips"]["items"]
    improved = [f for f in flips if f["direction"] == "fail_to_pass"]
    assert improved and all(f["dimension"] == "wordy" for f in improved)

    dom, log = dump_dom(browser, report, tmp_path)
    assert len(visible_flips(dom)) == len(flips) and "CONSOLE" not in log, log
    dom, _ = dump_dom(browser, report, tmp_path, "#direction=fail_to_pass")
    shown = visible_flips(dom)
    assert len(shown) == len(improved) < len(flips)
    assert all('data-direction="fail_to_pass"' in row for row in shown)
    assert f"{len(improved)} of {len(flips)} shown" in dom
    dom, log = dump_dom(browser, report, tmp_path, "#tag=chest&direction=pass_to_fail&dimension=no_bad_words")
    assert len(visible_flips(dom)) == 10 and "CONSOLE" not in log, log

    screenshot = Path(os.environ.get("QUARK_REPORT_SCREENSHOT") or tmp_path / "diagnose-report.png")
    chromium(browser, tmp_path, f"--screenshot={screenshot}", "--window-size=1200,3400", report.as_uri())
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
