"""Build and run TRL's GRPOTrainer with Quark's engine as the reward.

Everything that can be wrong with the inputs is checked before any model is
loaded (TrainError); the trainer itself is TRL's, unchanged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import yaml

from ..backends.local_model import model_problem
from ..backends.tiny import SMOKE_LABEL
from ..errors import QuarkError
from ..jsonl import prompt_records
from ..spec import Spec
from . import ENGINE_STATE

AGGREGATIONS = ("quark", "static", "trl")
DEPRECATED_AGGREGATIONS = {"gdpo": "trl"}  # old --aggregation spelling -> its name now
FINAL_MODEL = "final"
TINY_DEFAULTS = {"max_completion_length": 24, "per_device_train_batch_size": 4, "num_generations": 4,
                 "max_steps": 3, "logging_steps": 1, "learning_rate": 1e-4, "save_strategy": "no"}


class TrainError(QuarkError):
    """A problem with the training inputs, found before loading the model."""


GRPO_FIELD = {"grpo_config": True}


@dataclass
class TrainOptions:
    """Everything a training run takes, written once: `quark train` fills it from its flags (same names),
    Python callers directly. Fields marked GRPO_FIELD are GRPOConfig fields that override the --config file."""

    spec: Spec
    data: Path
    model: str
    reference: Path | None = None
    weights: Path | None = None
    output_dir: Path = field(default=Path("runs/quark"), metadata=GRPO_FIELD)
    config: Path | None = None
    max_steps: int | None = field(default=None, metadata=GRPO_FIELD)
    num_generations: int | None = field(default=None, metadata=GRPO_FIELD)
    aggregation: str = "quark"
    num_processes: int = 1
    use_vllm: bool = False
    resume_from_checkpoint: Path | None = None
    allow_spec_mismatch: bool = False
    calibration_size: int = 64
    callbacks: list = field(default_factory=list)
    overrides: dict = field(default_factory=dict)

    @classmethod
    def from_flags(cls, spec: Spec, flags: dict) -> "TrainOptions":
        """The options from a command's parameters (``typer.Context.params``): every field that is a flag."""
        return cls(spec=spec, **{f.name: flags[f.name] for f in fields(cls) if f.name in flags and f.name != "spec"})

    def grpo_flags(self) -> dict:
        """The GRPOConfig values these options set (None: not set), then ``overrides``."""
        chosen = {f.name: getattr(self, f.name) for f in fields(self) if f.metadata.get("grpo_config")}
        return {k: str(v) if isinstance(v, Path) else v for k, v in chosen.items()} | self.overrides


def read_prompts(path: Path) -> list[dict]:
    """Training rows: the prompt, plus every other field JSON-encoded for the reward."""
    records = prompt_records(path)
    return [{"prompt": r["prompt"],
             "quark_fields": json.dumps({k: v for k, v in r.items() if k not in ("prompt", "response", "completion")},
                                        ensure_ascii=False)}
            for r in records]


def config_values(options: TrainOptions, trl_fields: set[str], use_cpu: bool) -> dict:
    """GRPOConfig values: Quark's defaults < the --config file < command-line flags."""
    from_file = {}
    if options.config is not None:
        try:
            from_file = yaml.safe_load(options.config.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise TrainError(f"{options.config}: cannot read the training config ({exc})") from None
        if not isinstance(from_file, dict):
            raise TrainError(f"{options.config}: expected a mapping of GRPOConfig fields")
        unknown = sorted(set(from_file) - trl_fields)
        if unknown:
            raise TrainError(f"{options.config}: unknown GRPOConfig keys: {', '.join(unknown)}")
    values = {"report_to": "none", "logging_steps": 5, "save_strategy": "steps", "save_steps": 100}
    if options.model == "tiny":
        values.update(TINY_DEFAULTS)
    if use_cpu:
        values.update({"use_cpu": True, "bf16": False})
    values.update(from_file)
    values.update({k: v for k, v in options.grpo_flags().items() if v is not None})
    if options.use_vllm:
        values.update({"use_vllm": True, "vllm_mode": values.get("vllm_mode", "colocate")})
    return values


def check_generations(values: dict, num_processes: int, trl_defaults: dict) -> None:
    g = values.get("num_generations", trl_defaults["num_generations"])
    per_device = values.get("per_device_train_batch_size", trl_defaults["per_device_train_batch_size"])
    steps = values.get("steps_per_generation") or values.get("gradient_accumulation_steps", 1)
    batch = values.get("generation_batch_size") or per_device * num_processes * steps
    if g is None or g < 2:
        raise TrainError(f"num_generations must be at least 2 (got {g}): GRPO compares responses within a group")
    if batch % g:
        raise TrainError(f"num_generations {g} must divide the generation batch {batch} "
                         f"(per_device_train_batch_size {per_device} x {num_processes} processes x {steps} steps)")


def check_model(model: str) -> None:
    problem = model_problem(model)
    if problem:
        raise TrainError(problem)


def static_spec(spec: Spec) -> Spec:
    """The spec as `--aggregation static` combines it: the engine's `static` method on raw scores, i.e. the
    base-weighted mean over the dimensions that scored (TRL's weighted nansum would count a None as 0)."""
    return replace(spec, normalization={**spec.normalization, "method": "none"},
                   weighting={**spec.weighting, "method": "static"})


def build_reward(options: TrainOptions, weights_log: Path | None):
    from .reward import QuarkReward

    static = options.aggregation == "static"
    spec = static_spec(options.spec) if static else options.spec
    try:
        reward = QuarkReward(spec, None if static else options.reference, None if static else options.weights,
                             allow_spec_mismatch=options.allow_spec_mismatch, weights_log=weights_log)
    except OSError as exc:
        raise TrainError(str(exc)) from None
    if options.resume_from_checkpoint is not None:
        from ..engine import Engine

        state = options.resume_from_checkpoint / ENGINE_STATE
        if not state.is_file():
            raise TrainError(f"{options.resume_from_checkpoint}: no {ENGINE_STATE} (not a Quark checkpoint?)")
        reward.engine = Engine.load(spec, state)
    return reward


def check_dimensions(spec: Spec, problems: dict[str, str], log) -> None:
    """Dimensions that cannot run here (e.g. an unconfigured judge): all of them is an error, some a warning."""
    details = "; ".join(f"{k}: {v}" for k, v in problems.items())
    if problems and len(problems) == len(spec.dimensions):
        raise TrainError(f"no dimension of {spec.path} can run: {details}")
    if problems:
        log(f"[quark] warning: these dimensions will be unscored: {details}")


def check_servers(scorer) -> None:
    """A configured judge whose server cannot be reached fails here, not silently at every step."""
    from .preflight import unreachable_servers

    problems = unreachable_servers(scorer)
    if problems:
        raise TrainError("; ".join(f"{dim}: {problem}" for dim, problem in problems.items()))


def prepare(options: TrainOptions, log=print) -> dict:
    """Check every input and build the pieces, still without loading the model."""
    renamed = DEPRECATED_AGGREGATIONS.get(options.aggregation)
    if renamed:
        log(f"[quark] warning: --aggregation {options.aggregation} is deprecated, use --aggregation {renamed}")
        options = replace(options, aggregation=renamed)
    if options.aggregation not in AGGREGATIONS:
        raise TrainError(f"--aggregation must be one of {', '.join(AGGREGATIONS)}")
    check_model(options.model)
    rows = read_prompts(options.data)
    from trl import GRPOConfig

    from ..backends.local_model import pick_device

    trl_fields = {f.name for f in fields(GRPOConfig)}
    trl_defaults = {f.name: f.default for f in fields(GRPOConfig)}
    values = config_values(options, trl_fields, use_cpu=pick_device() == "cpu")
    check_generations(values, launched_processes(options.num_processes), trl_defaults)
    if options.use_vllm:
        try:
            import vllm  # noqa: F401
        except ImportError:
            raise TrainError("--use-vllm needs vllm installed (pip install vllm) and a GPU") from None
    output_dir = Path(values["output_dir"])
    output_dir.mkdir(parents=True, exist_ok=True)
    reward = build_reward(options, output_dir / f"quark_weights_rank{distributed_rank_hint()}.jsonl")
    check_dimensions(options.spec, reward.scorer.skipped, log)
    check_servers(reward.scorer)
    if options.aggregation in ("quark", "static"):
        reward_funcs = [reward]
        if options.aggregation == "quark":
            own_scaling(values, log)
    else:
        from .reward import DimensionReward

        reward_funcs = [DimensionReward(reward, j) for j in range(len(reward.dim_ids))]
        values["reward_weights"] = [float(w) for w in reward.engine.base_weights]
        values["multi_objective_aggregation"] = "normalize_then_sum"
    return {"rows": rows, "values": values, "reward": reward, "reward_funcs": reward_funcs}


def own_scaling(values: dict, log) -> None:
    """Quark's reward is already group-relative and in reference units; TRL's per-group std scaling would
    divide the critical constraint's margin away, so TRL only centres (``scale_rewards="none"``)."""
    chosen = values.get("scale_rewards", "none")
    if chosen not in ("none", False):
        log(f"[quark] warning: scale_rewards {chosen!r} replaced by 'none': Quark's reward owns its scaling")
    values["scale_rewards"] = "none"


def launched_processes(requested: int) -> int:
    """The processes that will share each step: the launcher's world size once launched, else the request."""
    import os

    return int(os.environ.get("WORLD_SIZE", requested))


def distributed_rank_hint() -> int:
    """This process's rank from the launcher's environment (set before torch.distributed starts)."""
    import os

    return int(os.environ.get("RANK", os.environ.get("LOCAL_RANK", 0)))


def train(options: TrainOptions, log=print) -> dict:
    """Run GRPO; returns a small summary (steps, reward seconds, wall seconds, output dir)."""
    import time

    parts = prepare(options, log)
    from datasets import Dataset
    from trl import GRPOConfig, GRPOTrainer

    from ..backends.local_model import load_model
    from .callbacks import QuarkCallback

    if options.model == "tiny":
        log(f"[quark] --model tiny: {SMOKE_LABEL}")
    args = GRPOConfig(**parts["values"])
    model, tokenizer = load_model(options.model)
    reward = parts["reward"]
    trainer = GRPOTrainer(
        model=model, reward_funcs=parts["reward_funcs"], args=args,
        train_dataset=Dataset.from_list(parts["rows"]), processing_class=tokenizer,
        callbacks=[QuarkCallback(reward), *options.callbacks],
    )
    if (options.aggregation == "quark" and options.reference is None and options.resume_from_checkpoint is None
            and options.calibration_size > 0):
        from .calibration import calibrate_initial_policy

        reward.set_reference(calibrate_initial_policy(
            trainer, tokenizer, options.spec, parts["rows"], options.calibration_size, parts["values"],
            Path(args.output_dir), log))
    start = time.perf_counter()
    resume = str(options.resume_from_checkpoint) if options.resume_from_checkpoint else None
    trainer.train(resume_from_checkpoint=resume)
    wall = time.perf_counter() - start
    if trainer.accelerator.is_main_process:
        reward.engine.save(Path(args.output_dir) / ENGINE_STATE)
    trainer.save_model(str(Path(args.output_dir) / FINAL_MODEL))
    if trainer.accelerator.is_main_process:
        tokenizer.save_pretrained(str(Path(args.output_dir) / FINAL_MODEL))
    return {"steps": trainer.state.global_step, "reward_seconds": reward.seconds, "wall_seconds": wall,
            "output_dir": args.output_dir, "log_history": trainer.state.log_history}
