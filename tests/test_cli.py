import json
import re
import subprocess
import sys
from pathlib import Path

from quarkcli import __version__


def test_version(invoke):
    result = invoke("--version")
    assert result.exit_code == 0, result.output
    assert __version__ in result.output


def test_help_lists_every_command(invoke):
    result = invoke("--help")
    assert result.exit_code == 0, result.output
    listed = set(re.findall(r"^[│|\s]+([a-z]+)\s{2,}\S", result.output, re.MULTILINE))
    assert {"score", "calibrate", "diagnose", "generate", "train", "feedback", "spec", "plugins"} <= listed


def test_help_and_version_do_not_import_heavy_modules():
    """Commands load lazily: the root's help and a light command's help import neither numpy nor other commands."""
    code = (
        "import sys\n"
        "from quarkcli.cli import app\n"
        "def run(*calls):\n"
        "    for args in calls:\n"
        "        try:\n"
        "            app(args)\n"
        "        except SystemExit:\n"
        "            pass\n"
        "run(['--help'], ['--version'], ['spec', '--help'], ['train', '--help'])\n"
        "print('LIGHT=' + ','.join(m for m in ('numpy', 'quarkcli.scoring', 'quarkcli.commands.score')\n"
        "                          if m in sys.modules))\n"
        "run(['score', '--help'])\n"
        "heavy = sorted(m for m in ('torch', 'transformers', 'trl', 'accelerate') if m in sys.modules)\n"
        "print('HEAVY=' + ','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "LIGHT=\n" in out
    assert "HEAVY=\n" in out


def _main(tmp_path, setup: str, *args: str) -> subprocess.CompletedProcess:
    """`quark ARGS` through the console-script entry point (``cli.main``), in a fresh process."""
    code = (f"import atexit, sys, threading, time\n{setup}\n"
            f"sys.argv = ['quark', *{list(args)!r}]\n"
            "from quarkcli.cli import main\nmain()\n")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)


def test_main_exits_quickly_but_runs_exit_hooks_and_flushes(tmp_path):
    """main() skips the interpreter's teardown: exit hooks still run, buffered output still arrives, and the
    exit code is the command's."""
    hook = ("atexit.register(lambda: open('hook-ran', 'w').close())\nsys.stdout = open(1, 'w', buffering=1 << 20)\n"
            "class Torn:\n    def __del__(self):\n        open('torn-down', 'w').close()\nkept = Torn()")
    result = _main(tmp_path, hook, "--version")
    assert result.returncode == 0, result.stderr
    assert __version__ in result.stdout
    assert (tmp_path / "hook-ran").exists()
    assert not (tmp_path / "torn-down").exists()  # the teardown, which would finalise module globals, is skipped

    failed = _main(tmp_path, "", "spec", "validate", str(tmp_path / "missing.yaml"))
    assert failed.returncode == 2, failed.stderr
    assert "file not found" in failed.stderr


def test_main_waits_for_threads_still_running(tmp_path):
    """A thread still at work when the command returns gets the usual exit, which waits for it."""
    worker = ("def late():\n    time.sleep(0.3)\n    open('thread-done', 'w').close()\n"
              "threading.Thread(target=late).start()")
    result = _main(tmp_path, worker, "--version")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "thread-done").exists()


def test_plugins_list_table_shows_builtins(invoke):
    result = invoke("plugins", "list")
    assert result.exit_code == 0, result.output
    assert "red_flag_escalation" in result.output
    assert "built-in" in result.output


def test_plugins_list_json(invoke):
    result = invoke("plugins", "list", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    by_type = {r["dimension_type"]: r for r in rows}
    assert by_type["dosage_safety"]["source"] == "built-in"
    assert by_type["dosage_safety"]["category"] == "expert"
    assert by_type["mock_words"]["plugin"] == "mock"
    builtin = {
        "red_flag_escalation", "dosage_safety", "harmful_claims", "pii_leak", "disclaimer", "refusal",
        "repetition", "language_match", "length", "sections", "json_schema", "verifiable_instructions",
        "keyword", "regex", "over_escalation",
    }
    assert builtin <= set(by_type)


def test_plugins_list_csv(invoke):
    result = invoke("plugins", "list", "--format", "csv")
    assert result.exit_code == 0, result.output
    header = result.stdout.splitlines()[0]
    assert header == "dimension_type,category,plugin,source,description,status"


def test_quark_starts_without_the_garbage_collector_and_resumes_it_for_the_command(tmp_path):
    """Start-up's objects live until the exit; scanning them for cycles while they pile up finds nothing. So
    `python -m quarkcli` pauses the collector until the command's callback starts, freezes what start-up
    allocated, and collects as usual from there."""
    (tmp_path / "spec.yaml").write_text("name: s\nversion: 1\ndimensions:\n  - {id: short, category: fundamental, "
                                        "type: length, params: {max_words: 50}}\n")
    (tmp_path / "in.jsonl").write_text('{"id": 1, "prompt": "q", "response": "a short answer"}\n')
    code = (
        "import atexit, gc, json, runpy, sys\n"
        "starts, seen = [], {}\n"
        "gc.callbacks.append(lambda phase, info: starts.append(info['generation']) if phase == 'start' else None)\n"
        "def audit(event, args):\n"
        "    if event == 'import' and args[0] in ('quarkcli.cli', 'quarkcli.commands.scoring_run'):\n"
        "        seen[args[0]] = [gc.isenabled(), len(starts)]\n"
        "sys.addaudithook(audit)\n"
        "atexit.register(lambda: print(json.dumps({**seen, 'at exit': [gc.isenabled(), gc.get_freeze_count() > 0]})))\n"
        f"sys.argv = ['quark', 'score', {str(tmp_path / 'spec.yaml')!r}, {str(tmp_path / 'in.jsonl')!r}, '-q']\n"
        "runpy.run_module('quarkcli', run_name='__main__')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parent.parent)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    cli_on, cli_collections = seen["quarkcli.cli"]
    command_on, command_collections = seen["quarkcli.commands.scoring_run"]
    assert not cli_on and not command_on and cli_collections == command_collections, \
        "no collection while the CLI's and the command's modules load"
    assert seen["at exit"] == [True, True], "collecting again, with start-up's objects frozen"


def test_a_warning_keeps_its_brackets(capsys):
    from quarkcli.commands.scoring_run import warn

    warn("x is skipped (unscored): pip install 'quark-align[models]'")
    assert "pip install 'quark-align[models]'" in capsys.readouterr().err
