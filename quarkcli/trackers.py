"""`quark score --report-to mlflow|wandb`: the run's summary metrics and its matrix, in an experiment tracker.

The names follow TRL's ``report_to``; both trackers are optional extras, checked before scoring so that a
missing package costs one line, not a scored run. Each tracker reads its own environment for where to log
(``MLFLOW_TRACKING_URI``, ``MLFLOW_EXPERIMENT_NAME``; ``WANDB_PROJECT``, ``WANDB_MODE``, ``WANDB_DIR``).
"""

from __future__ import annotations

import os

from .errors import QuarkError
from .extras import require

TRACKERS = ("mlflow", "wandb")
MATRIX_COLUMNS = ("category", "dimension", "risk", "mean", "pass_rate", "attained", "target", "below_target",
                  "n_applicable", "n_scored", "n_unscored", "n_errors", "normalized_mean", "weight")


def parse_report_to(values: list[str] | None) -> list[str]:
    """``--report-to`` values, repeatable or comma-separated; 'none' means none. Fails on unknown names and on a
    tracker whose package is missing, before any work is done."""
    names = [n.strip() for v in values or [] for n in v.split(",") if n.strip() and n.strip() != "none"]
    unknown = [n for n in names if n not in TRACKERS]
    if unknown:
        raise QuarkError(f"--report-to {unknown[0]!r} is not a tracker Quark knows: use {' or '.join(TRACKERS)}")
    for name in dict.fromkeys(names):
        require(name, f"--report-to {name}")
    return list(dict.fromkeys(names))


def metrics(summary: dict) -> dict[str, float]:
    """Flat numeric metrics: the composite, counts, and each dimension's mean, pass rate and weight."""
    out = {"composite_mean": summary["composite_mean"], "n_records": summary["n_records"],
           "n_skipped": summary["n_skipped"]}
    for dim_id, d in summary["dimensions"].items():
        for key in ("mean", "pass_rate", "attained", "normalized_mean"):
            out[f"{dim_id}/{key}"] = d.get(key)
        out[f"{dim_id}/weight"] = summary["weights"][dim_id]
    for dim_id, aggregate in summary.get("healthbench", {}).items():
        out[f"{dim_id}/healthbench_score"] = aggregate["overall"]["score"]
    return {k: float(v) for k, v in out.items() if v is not None}


def matrix_rows(summary: dict) -> list[list]:
    """The matrix as table rows in ``MATRIX_COLUMNS`` order."""
    rows = []
    for dim_id, d in summary["dimensions"].items():
        values = {**d, "dimension": dim_id, "weight": summary["weights"][dim_id]}
        rows.append([values.get(c) for c in MATRIX_COLUMNS])
    return rows


def params(summary: dict, data: str) -> dict[str, str]:
    spec = summary["spec"]
    return {"spec": spec["name"], "spec_version": str(spec["version"]), "spec_hash": str(spec["hash"]),
            "data": data, "quark_version": summary["quark_version"], "composite": summary["composite_method"]}


class TrackerError(QuarkError):
    """A tracker that refused the run (a bad tracking URI, no login); the scores are written all the same."""


def report(trackers: list[str], summary: dict, data: str) -> list[str]:
    """Log to each tracker; returns one line per tracker saying where the run went."""
    lines = []
    for name in trackers:
        try:
            lines.append(_REPORTERS[name](summary, data))
        except Exception as exc:
            why = " ".join(str(exc).split())
            raise TrackerError(f"--report-to {name} failed: {type(exc).__name__}: {why}") from None
    return lines


def _mlflow(summary: dict, data: str) -> str:
    import mlflow

    with mlflow.start_run(run_name=f"quark score {summary['spec']['name']}") as run:
        mlflow.log_params(params(summary, data))
        mlflow.log_metrics(metrics(summary))
        mlflow.log_table(data={c: [r[i] for r in matrix_rows(summary)] for i, c in enumerate(MATRIX_COLUMNS)},
                         artifact_file="quark_matrix.json")
        return f"mlflow: run {run.info.run_id} at {mlflow.get_tracking_uri()}"


def _wandb(summary: dict, data: str) -> str:
    import wandb

    run = wandb.init(project=os.environ.get("WANDB_PROJECT", "quark"), job_type="score",
                     name=f"quark score {summary['spec']['name']}", config=params(summary, data))
    try:
        run.log({**metrics(summary),
                 "quark_matrix": wandb.Table(columns=list(MATRIX_COLUMNS), data=matrix_rows(summary))})
        return f"wandb: run {run.id} ({run.dir})"
    finally:
        run.finish()


_REPORTERS = {"mlflow": _mlflow, "wandb": _wandb}
