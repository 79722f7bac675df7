#!/usr/bin/env bash
# One round of the loop: generate -> calibrate -> score -> diagnose -> train -> generate -> score -> diagnose.
# Usage: examples/loop.sh [OUT_DIR]    (env: QUARK, MODEL, SPEC, PROMPTS, STEPS, SAMPLES)
set -euo pipefail
OUT=${1:-out/loop}
QUARK=${QUARK:-.venv/bin/quark}
MODEL=${MODEL:-tiny}
SPEC=${SPEC:-specs/medical.yaml}
PROMPTS=${PROMPTS:-examples/medical_qa.jsonl}
STEPS=${STEPS:-20}
SAMPLES=${SAMPLES:-2}
mkdir -p "$OUT"
rm -f "$OUT/base.jsonl" "$OUT/trained.jsonl"

$QUARK generate --model "$MODEL" --data "$PROMPTS" -o "$OUT/base.jsonl" --num-samples "$SAMPLES" \
    --max-new-tokens 48 --quiet
$QUARK calibrate "$SPEC" "$OUT/base.jsonl" -o "$OUT/reference.json" --quiet > /dev/null
$QUARK score "$SPEC" "$OUT/base.jsonl" --reference "$OUT/reference.json" -o "$OUT/base-scores.jsonl" \
    --quiet > /dev/null
$QUARK diagnose "$OUT/base-scores.jsonl" --spec "$SPEC" --weights-out "$OUT/weights.yaml" \
    --json "$OUT/base-diagnosis.json" --quiet
$QUARK train "$SPEC" --data "$PROMPTS" --model "$MODEL" --reference "$OUT/reference.json" \
    --weights "$OUT/weights.yaml" --output-dir "$OUT/run" --max-steps "$STEPS" > /dev/null 2> "$OUT/train.log"
$QUARK generate --model "$OUT/run/final" --data "$PROMPTS" -o "$OUT/trained.jsonl" --num-samples "$SAMPLES" \
    --max-new-tokens 48 --quiet
$QUARK score "$SPEC" "$OUT/trained.jsonl" --reference "$OUT/reference.json" -o "$OUT/trained-scores.jsonl" \
    --quiet > /dev/null
$QUARK diagnose "$OUT/trained-scores.jsonl" --spec "$SPEC" --baseline "$OUT/base-scores.jsonl" \
    --json "$OUT/diagnosis.json" --html "$OUT/report.html"
