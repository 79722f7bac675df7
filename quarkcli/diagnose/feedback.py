"""Signals from real users: complaint-tag rates mapped onto the matrix's dimensions."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np

from ..default_plugins.text import load_data
from ..jsonl import JsonlError, json_objects
from ..spec import Spec
from .load import DiagnoseError, Scores


def read_feedback(path: str | Path) -> list[dict]:
    try:
        records = [record for _, record in json_objects(path)]
    except JsonlError as exc:
        raise DiagnoseError(str(exc)) from None
    if not records:
        raise DiagnoseError(f"{path}: no feedback records")
    return records


def feedback(records: list[dict], scores: Scores, spec: Spec | None) -> dict:
    """Complaint rate per dimension next to its offline failure rate.

    Tags map to dimension types through quarkcli/data/feedback_tags.yaml (this
    needs the spec); a record's own `dimension` field maps it directly.
    """
    tag_to_type = load_data("feedback_tags.yaml")
    types = {d.id: d.type for d in spec.dimensions} if spec else {}
    dim_ids = {d.id for d in scores.dims}
    complaints, unmapped = Counter(), Counter()
    for record in records:
        tags = record.get("complaints") or record.get("tags") or []
        hit = {record["dimension"]} if record.get("dimension") in dim_ids else set()
        for tag in ([tags] if isinstance(tags, str) else tags):
            dims = [d for d, t in types.items() if t == tag_to_type.get(tag)]
            hit.update(dims)
            if not dims:
                unmapped[tag] += 1
        for dim_id in hit:
            complaints[dim_id] += 1
    failed = scores.failed()
    rows = []
    for j, dim in enumerate(scores.dims):
        judged = failed[:, j][~np.isnan(failed[:, j])]
        rows.append({"dimension": dim.id, "n_complaints": complaints[dim.id],
                     "complaint_rate": complaints[dim.id] / len(records),
                     "offline_failure_rate": float(judged.mean()) if len(judged) else None})
    rows.sort(key=lambda r: -r["complaint_rate"])
    return {"n_feedback": len(records), "dimensions": rows,
            "unmapped_tags": [{"tag": t, "count": c} for t, c in unmapped.most_common()]}
