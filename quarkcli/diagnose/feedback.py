"""Signals from real users: complaint-tag rates mapped onto the matrix's dimensions."""

from __future__ import annotations

from collections import Counter

from ..feedback.summary import tag_mapping
from ..spec import Spec
from .load import Scores


def feedback(records: list[dict], scores: Scores, spec: Spec | None) -> dict:
    """Complaint rate per dimension next to its offline failure rate.

    Tags map to dimensions through the spec's `feedback_tags`, else through the
    built-in tag -> dimension type map (quarkcli/data/feedback_tags.yaml); a
    record's own `dimension` field maps it directly.
    """
    mapping = tag_mapping(spec)
    dim_ids = {d.id for d in scores.dims}
    complaints, unmapped = Counter(), Counter()
    for record in records:
        nested = record.get("feedback") if isinstance(record.get("feedback"), dict) else {}
        tags = record.get("complaints") or record.get("tags") or nested.get("tags") or []
        hit = {record["dimension"]} if record.get("dimension") in dim_ids else set()
        for tag in ([tags] if isinstance(tags, str) else tags):
            dims = [d for d in mapping.get(tag, []) if d in dim_ids]
            hit.update(dims)
            if not dims:
                unmapped[tag] += 1
        for dim_id in hit:
            complaints[dim_id] += 1
    rows = []
    for j, dim in enumerate(scores.dims):
        rows.append({"dimension": dim.id, "n_complaints": complaints[dim.id],
                     "complaint_rate": complaints[dim.id] / len(records),
                     "offline_failure_rate": scores.failed_rate(j)})
    rows.sort(key=lambda r: -r["complaint_rate"])
    return {"n_feedback": len(records), "dimensions": rows,
            "unmapped_tags": [{"tag": t, "count": c} for t, c in unmapped.most_common()]}
