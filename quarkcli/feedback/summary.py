"""`quark feedback summarize`: reaction and complaint-tag rates, mapped onto the spec's dimensions."""

from __future__ import annotations

from collections import Counter

from ..data import load_data
from ..spec import Spec
from . import label


def tag_mapping(spec: Spec | None) -> dict[str, list[str]]:
    """Complaint tag -> dimension ids: the spec's `feedback_tags` first, else the built-in tag -> type map."""
    if spec is None:
        return {}
    mapping: dict[str, list[str]] = {}
    for d in spec.dimensions:
        for tag in d.feedback_tags:
            mapping.setdefault(tag, []).append(d.id)
    for tag, dim_type in load_data("feedback_tags.yaml").items():
        if tag not in mapping:
            dims = [d.id for d in spec.dimensions if d.type == dim_type]
            if dims:
                mapping[tag] = dims
    return mapping


def summarize(records: list[dict], spec: Spec | None) -> dict:
    labels = [label(r["feedback"]) for r in records]
    ratings = [r["feedback"]["rating"] for r in records if isinstance(r["feedback"].get("rating"), (int, float))]
    tags = Counter(t for r in records for t in set(r["feedback"].get("tags") or []))
    mapping = tag_mapping(spec)
    return {
        "n_records": len(records),
        "positive_rate": sum(1 for x in labels if x == 1) / len(records),
        "negative_rate": sum(1 for x in labels if x == 0) / len(records),
        "mean_rating": sum(ratings) / len(ratings) if ratings else None,
        "tags": [{"tag": t, "count": c, "rate": c / len(records), "dimensions": mapping.get(t, [])}
                 for t, c in tags.most_common()],
    }
