# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEPS := $(VENV)/.deps-installed

.PHONY: demo test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall when the project metadata changes. No torch here: the scoring path
# does not need it (training, when it lands, installs torch==2.13.0 itself).
$(DEPS): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

# The example responses also stand in for the reference policy in the second step.
demo: $(DEPS)
	mkdir -p out
	$(BIN)/quark spec validate specs/medical.yaml
	$(BIN)/quark score specs/medical.yaml examples/medical_qa.jsonl -o out/scores.jsonl --summary-json out/summary.json
	$(BIN)/quark calibrate specs/medical.yaml examples/medical_qa.jsonl -o out/reference.json --quiet > /dev/null
	$(BIN)/quark score specs/medical.yaml examples/medical_qa.jsonl --reference out/reference.json --quiet \
		-o out/scores-engine.jsonl --summary-json out/summary-engine.json
	@echo "Scores: out/scores.jsonl, out/scores-engine.jsonl   Summaries: out/summary.json, out/summary-engine.json"

test: $(DEPS)
	$(BIN)/python -m pytest

bench: $(DEPS)
	$(BIN)/python benchmarks/score_throughput.py
	$(BIN)/python benchmarks/engine_step.py

clean:
	rm -rf $(VENV) out benchmarks/out .pytest_cache .hypothesis
