"""`quark diagnose`: where and why a model fails, and what to train on next."""

from __future__ import annotations

from pathlib import Path

from .. import __version__
from ..feedback import read_feedback
from ..spec import Spec
from .feedback import feedback
from .load import DiagnoseError, load_scores
from .matrix import attribution, matrix
from .recommend import recommendations, training_weights
from .relations import cofailure, compare

FORMAT = "quark-diagnosis/1"

__all__ = ["DiagnoseError", "FORMAT", "diagnose"]


def diagnose(scores_path: str | Path, spec: Spec | None = None, baseline_path: str | Path | None = None,
             feedback_path: str | Path | None = None) -> tuple[dict, list[str]]:
    """The whole diagnosis as one JSON-ready dict, plus warnings for the user."""
    scores = load_scores(scores_path, spec)
    warnings = []
    if spec is None:
        warnings.append("no --spec: categories, risks and targets are unknown (target 0.9, risk medium assumed)")
    if scores.n_skipped:
        warnings.append(f"{scores.n_skipped} bad-input lines in {scores_path} were left out")
    comparison = None
    if baseline_path is not None:
        comparison, more = compare(scores, load_scores(baseline_path, spec))
        warnings += more
    user_feedback = feedback(read_feedback(feedback_path, need_pairs=False), scores, spec) if feedback_path else None
    view = matrix(scores)
    causes = attribution(scores)
    relations = cofailure(scores)
    return {
        "format": FORMAT,
        "quark_version": __version__,
        "scores": str(scores_path),
        "spec": None if spec is None else {"name": spec.name, "version": spec.version, "hash": spec.dimensions_hash},
        "n_records": len(scores.lines),
        "n_skipped": scores.n_skipped,
        "normalized": scores.has_normalized,
        "matrix": view,
        "attribution": causes,
        "relations": relations,
        "comparison": comparison,
        "feedback": user_feedback,
        "recommendations": recommendations(view, causes, relations, comparison, user_feedback),
        "weights": None if spec is None else training_weights(scores, spec),
        "warnings": warnings,
    }, warnings
