# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEPS := $(VENV)/.deps-installed
TEST_DEPS := $(VENV)/.test-deps-installed

.PHONY: demo test test-fast bench bench-ablation bench-ablation-grpo bench-checks docs-screenshot loop clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall when the project metadata changes. The demo needs no torch.
$(DEPS): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[report]'
	touch $@

# Tests also train (TRL, accelerate). torch is pinned first, alone, so that pip takes
# the CPU build of 2.13.0 from local disk and never resolves a CUDA build.
$(TEST_DEPS): pyproject.toml $(DEPS)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check torch==2.13.0
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,report,train,models]'
	touch $@

# The example responses also stand in for the reference policy in the second step.
demo: $(DEPS)
	mkdir -p out
	$(BIN)/quark spec validate specs/medical.yaml
	$(BIN)/quark score specs/medical.yaml examples/medical_qa.jsonl -o out/scores.jsonl --summary-json out/summary.json
	$(BIN)/quark calibrate specs/medical.yaml examples/medical_qa.jsonl -o out/reference.json --quiet > /dev/null
	$(BIN)/quark score specs/medical.yaml examples/medical_qa.jsonl --reference out/reference.json --quiet \
		-o out/scores-engine.jsonl --summary-json out/summary-engine.json > /dev/null
	$(BIN)/quark diagnose out/scores-engine.jsonl --spec specs/medical.yaml --html out/report.html \
		--json out/diagnosis.json --weights-out out/weights.yaml

# pytest-xdist runs the tests in one worker per available core (tests/conftest.py counts them; PYTEST_WORKERS=0
# runs them in this process). Each test file goes whole to one worker, so a file's module fixtures (a loaded
# model, a trained run, a throwaway venv) are built once; the workers share one Quark cache folder.
PYTEST_WORKERS ?= auto
PYTEST_PARALLEL := -n $(PYTEST_WORKERS) --dist loadfile

# The HTML report is checked in a real headless browser: install Debian's chromium
# when it is missing and we may (root); otherwise that one test skips and says why.
test: $(TEST_DEPS)
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null); } || \
		echo "chromium is not installed and could not be: the browser test will be skipped"
	$(BIN)/python -m pytest $(PYTEST_PARALLEL)

# The quick loop while working: no model loading or fitting, no training, no browser, no pip install
# (pytest markers slow, train, browser). `make test` stays the full suite that CI runs.
test-fast: $(TEST_DEPS)
	$(BIN)/python -m pytest -q $(PYTEST_PARALLEL) -m "not slow and not train and not browser"

bench: $(TEST_DEPS)
	$(BIN)/python benchmarks/score_throughput.py
	$(BIN)/python benchmarks/engine_step.py
	$(BIN)/python benchmarks/train_reward_share.py
	$(BIN)/python benchmarks/judge_throughput.py
	$(BIN)/python benchmarks/adversarial.py
	nice -n 10 $(BIN)/python benchmarks/diagnose_memory.py

# The screenshot in docs/diagnose.md: the browser test takes it in a temp dir, this copies it.
docs-screenshot: $(TEST_DEPS)
	tmp=$$(mktemp -d) && QUARK_REPORT_SCREENSHOT=$$tmp/diagnose-report.png $(BIN)/python -m pytest -q \
		tests/test_diagnose_html.py -k flip_table && mkdir -p docs/img && \
		cp $$tmp/diagnose-report.png docs/img/diagnose-report.png && rm -rf $$tmp

# The ablation benchmark (docs/ablation.md): the pre-registered runs, then the doc's results section and plots.
bench-ablation: $(TEST_DEPS)
	$(BIN)/python benchmarks/ablation/run.py --seeds 30 --steps 120
	$(BIN)/python benchmarks/ablation/report.py

# The end-to-end tiny-model GRPO smoke run (not part of the ablation's claims; see docs/ablation.md).
bench-ablation-grpo: $(TEST_DEPS)
	$(BIN)/python benchmarks/ablation/grpo_tiny.py --seeds 5 --steps 200

# The labeled medical-checks benchmark (benchmarks/medical_checks/README.md): the rules are
# pure Python, so the demo environment (no torch) is enough.
bench-checks: $(DEPS)
	$(BIN)/python benchmarks/medical_checks/evaluate.py --split dev
	$(BIN)/python benchmarks/medical_checks/evaluate.py --split test

# One round of measure -> diagnose -> train -> measure with the tiny smoke model (docs/loop.md).
loop: $(TEST_DEPS)
	QUARK=$(BIN)/quark examples/loop.sh out/loop

clean:
	rm -rf $(VENV) out benchmarks/out .pytest_cache .hypothesis
