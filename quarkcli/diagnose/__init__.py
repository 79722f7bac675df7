"""`quark diagnose`: where and why a model fails, and what to train on next."""

from __future__ import annotations

from pathlib import Path

from .. import __version__
from ..spec import Spec

FORMAT = "quark-diagnosis/1"

__all__ = ["FORMAT", "diagnose"]


def diagnose(scores_path: str | Path, spec: Spec | None = None, baseline_path: str | Path | None = None,
             feedback_path: str | Path | None = None) -> tuple[dict, list[str]]:
    """The whole diagnosis as one JSON-ready dict, plus warnings for the user. Each file is streamed
    (the baseline first, then the scores, paired as they go), so memory grows by a few bytes per record.
    Its parts are imported here, not with the package, so that `quark score` can use ``recorded_spec``
    without loading numpy and the analysis modules."""
    from ..feedback import read_feedback
    from .feedback import feedback
    from .flips import Pairing
    from .load import DiagnoseError, load_scores
    from .matrix import attribution, matrix
    from .recommend import recommendations, training_weights
    from .relations import compare, cofailure
    from .slices import slices

    warnings = []
    baseline = pairing = None
    if baseline_path is not None:
        baseline = load_scores(baseline_path, spec, keep_keys=True)
        pairing = Pairing(baseline)
    scores = load_scores(scores_path, spec, on_chunk=pairing)
    if spec is None:
        warnings.append("no --spec (and none recorded next to the scores): categories, risks and targets are "
                        "unknown (target 0.9, risk medium assumed)")
    if scores.n_skipped:
        warnings.append(f"{scores.n_skipped} bad-input lines in {scores_path} were left out")
    view = matrix(scores)
    comparison = flips = match = None
    if pairing is not None:
        match = pairing.match()
        comparison = compare(scores, baseline, match)
        if not comparison["n_matched"]:
            raise DiagnoseError(f"the baseline {baseline_path} shares no record ids with {scores_path}")
        if comparison["n_matched"] < max(scores.n, baseline.n):
            warnings.append(f"baseline comparison uses {comparison['n_matched']} records matched by id "
                            f"({scores.n} in the scores, {baseline.n} in the baseline)")
        flips = pairing.result({d.id: d.risk for d in scores.dims})
    user_feedback = feedback(read_feedback(feedback_path, need_pairs=False), scores, spec) if feedback_path else None
    causes = attribution(scores)
    relations = cofailure(scores)
    grid = slices(scores, view["dimensions"], baseline, match, comparison)
    return {
        "format": FORMAT,
        "quark_version": __version__,
        "scores": str(scores_path),
        "spec": None if spec is None else {"name": spec.name, "version": spec.version, "hash": spec.dimensions_hash},
        "n_records": scores.n,
        "n_skipped": scores.n_skipped,
        "normalized": scores.has_normalized,
        "matrix": view,
        "slices": grid,
        "attribution": causes,
        "relations": relations,
        "comparison": comparison,
        "flips": flips,
        "feedback": user_feedback,
        "recommendations": recommendations(view, causes, relations, comparison, user_feedback),
        "weights": None if spec is None else training_weights(scores, spec),
        "warnings": warnings,
    }, warnings
