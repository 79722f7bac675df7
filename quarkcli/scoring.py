"""Score records against a spec, batch by batch, isolating plugin failures.

Until the reward engine lands, a record's composite and category scores are the
base-weighted mean of the raw values that were scored (nulls are left out and
the remaining weights renormalised).
"""

from __future__ import annotations

from itertools import islice
from typing import Callable, Iterable, Iterator

from .deadline import DeadlineExceeded, deadline
from .dimensions import Dimension, Record, Score, dimension_types
from .records import RecordError
from .redact import redact
from .spec import DimensionSpec, Spec

DEFAULT_BATCH_SIZE = 256
PROMPT_EXCERPT, RESPONSE_EXCERPT = 200, 300


def excerpt(text: str, limit: int) -> str:
    """The start of a text, so that diagnoses can show examples without the full data."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _safe_batch(dimension: Dimension, records: list[Record], budget: float | None = None) -> list[Score]:
    """Score a batch; when it raises, or runs longer than one record's ``budget``, retry record by record, so
    that only the culprit gets the error (an overrun is an error: unscored, never a pass or a fail).

    One timer per batch keeps the common case free; a degenerate record costs at most twice its budget.
    """
    try:
        with deadline(budget):
            scores = dimension.score_batch(records)
        if len(scores) != len(records):
            raise RuntimeError(f"returned {len(scores)} scores for {len(records)} records")
        return [s.checked() if isinstance(s, Score) else Score.failure(f"returned {type(s).__name__}, not a Score")
                for s in scores]
    except Exception as exc:
        if len(records) == 1:
            return [Score.failure(str(exc) if isinstance(exc, DeadlineExceeded) else
                                  redact(f"{type(exc).__name__}: {exc}"))]
        return [score for record in records for score in _safe_batch(dimension, [record], budget)]


class Unavailable(Dimension):
    """Stands in for a dimension that cannot run here (no judge backend, no model): every record unscored."""

    def __init__(self, reason: str):
        super().__init__({})
        self.reason = reason

    def score(self, record: Record) -> Score:
        return Score.unscored(f"skipped: {self.reason}")


def weighted_mean(pairs: Iterable[tuple[float, float | None]]) -> float | None:
    """Mean of the non-null values, weighted; None when nothing carries weight."""
    total = weight_sum = 0.0
    for weight, value in pairs:
        if value is not None and weight > 0:
            total += weight * value
            weight_sum += weight
    return total / weight_sum if weight_sum else None


class Scorer:
    """Instantiates a spec's dimensions once and scores batches of records."""

    def __init__(self, spec: Spec):
        types = dimension_types()
        self.spec = spec
        self.skipped: dict[str, str] = {}
        self.dimensions: list[tuple[DimensionSpec, Dimension]] = []
        for d in spec.dimensions:
            reason = types[d.type].type.unavailable(d.params)
            if reason:
                self.skipped[d.id] = reason
            self.dimensions.append((d, Unavailable(reason) if reason else types[d.type].type.create(d.params)))

    def usage(self) -> dict[str, dict]:
        """Per dimension that calls models: calls, cache hits, retries, failures, tokens."""
        found = {d.id: dim.usage() for d, dim in self.dimensions}
        return {k: v for k, v in found.items() if v is not None}

    def mean_ranges(self) -> dict[str, tuple[float, float]]:
        """Dimensions whose summary mean is clipped (HealthBench clips rubric means to [0, 1])."""
        types = dimension_types()
        return {d.id: types[d.type].type.mean_range for d, _ in self.dimensions if types[d.type].type.mean_range}

    def score_records(self, records: list[Record]) -> list[dict]:
        per_dim: dict[str, list[Score]] = {}
        for dspec, dimension in self.dimensions:
            tags = set(dspec.applies_to_tags)
            chosen = [i for i, r in enumerate(records) if not tags or tags.intersection(r.tags)]
            scores = [Score.unscored("not applicable: record lacks the tags " + ", ".join(sorted(tags)))] * len(records)
            if chosen:
                batch = [records[i] for i in chosen]
                for i, score in zip(chosen, _safe_batch(dimension, batch, dspec.deadline_seconds)):
                    scores[i] = score
            per_dim[dspec.id] = scores
        return [self._output(record, {k: v[i] for k, v in per_dim.items()}) for i, record in enumerate(records)]

    def _output(self, record: Record, scores: dict[str, Score]) -> dict:
        category_scores = {
            category: weighted_mean((d.weight, scores[d.id].raw) for d, _ in self.dimensions if d.category == category)
            for category in self.spec.categories
        }
        line = {
            "id": record.id,
            **({"sample_index": record.extra["sample_index"]} if "sample_index" in record.extra else {}),
            "tags": record.tags,
            "excerpt": {"prompt": excerpt(record.prompt_text, PROMPT_EXCERPT),
                        "response": excerpt(record.response, RESPONSE_EXCERPT)},
            "dimensions": {k: s.to_json() for k, s in scores.items()},
            "category_scores": category_scores,
            "composite": weighted_mean((d.weight, scores[d.id].raw) for d, _ in self.dimensions),
        }
        return line

    def score_stream(self, items: Iterable[Record | RecordError], batch_size: int = DEFAULT_BATCH_SIZE,
                     after_batch: Callable[[list[Record], list[dict]], None] | None = None,
                     ) -> Iterator[tuple[Record | RecordError, dict]]:
        """Yield (input item, output line) in input order; bad items pass through unscored.

        ``after_batch(records, outputs)`` may amend each batch's outputs in place
        (the reward engine adds normalized scores and rewards there).
        """
        iterator = iter(items)
        while batch := list(islice(iterator, batch_size)):
            records = [item for item in batch if isinstance(item, Record)]
            scored = self.score_records(records)
            if after_batch is not None and records:
                after_batch(records, scored)
            outputs = iter(scored)
            for item in batch:
                if isinstance(item, Record):
                    yield item, next(outputs)
                else:
                    yield item, error_output(item)


def error_output(error: RecordError) -> dict:
    return {
        "id": error.id if error.id is not None else error.line,
        "line": error.line,
        "tags": [],
        "error": error.message,
        "dimensions": {},
        "category_scores": {},
        "composite": None,
    }
