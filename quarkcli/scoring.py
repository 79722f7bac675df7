"""Score records against a spec, batch by batch, isolating plugin failures.

The Scorer turns records into a ``ScoredBatch``; something then combines each batch
into composites exactly once: the reward engine when a reference is given, else
``BaseComposite`` (the base-weighted mean of the scored raw values).
"""

from __future__ import annotations

from itertools import islice
from typing import Callable, Iterable, Iterator

from .batch import ScoredBatch
from .deadline import DeadlineExceeded, deadline
from .dimensions import Dimension, Record, Score, dimension_types
from .records import RecordError
from .redact import redact
from .spec import DimensionSpec, Spec

DEFAULT_BATCH_SIZE = 256


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


class BaseComposite:
    """Combines a batch without a reference: per record, the base-weighted mean of its scored raw values
    (nulls and non-applicable entries left out, the remaining weights renormalised), overall and per category."""

    def __init__(self, spec: Spec):
        self.weights = [d.base_weight for d in spec.dimensions]
        self.categories = {c: [j for j, d in enumerate(spec.dimensions) if d.category == c] for c in spec.categories}

    def __call__(self, batch: ScoredBatch) -> None:
        raw = batch.scored_raw
        batch.composite = self._mean(raw, range(len(self.weights)))
        batch.category_scores = {c: self._mean(raw, cols) for c, cols in self.categories.items()}

    def _mean(self, raw: np.ndarray, columns) -> np.ndarray:
        """Per row, the weighted mean of the non-null values (NaN when none carries weight), for every row at
        once; the sums run column by column, in one fixed order, so the floats never depend on the batch."""
        import numpy as np
        total, weight_sum = np.zeros(len(raw)), np.zeros(len(raw))
        for j in columns:
            weight = self.weights[j]
            if weight > 0:
                scored = ~np.isnan(raw[:, j])
                total += np.where(scored, weight * np.where(scored, raw[:, j], 0.0), 0.0)
                weight_sum += np.where(scored, weight, 0.0)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(weight_sum > 0, total / weight_sum, np.nan)


class Scorer:
    """Instantiates a spec's dimensions once and scores batches of records.

    ``no_cache`` sets ``cache: false`` on every dimension whose type has that parameter (the judges),
    for this scorer only.
    """

    def __init__(self, spec: Spec, *, no_cache: bool = False):
        types = dimension_types()
        self.spec = spec
        self.no_cache = no_cache
        self.skipped: dict[str, str] = {}
        self.dimensions: list[tuple[DimensionSpec, Dimension]] = []
        for d in spec.dimensions:
            dim_type = types[d.type].type
            params = d.params
            if no_cache and "cache" in dim_type.params_schema.get("properties", {}):
                params = {**params, "cache": False}
            reason = dim_type.unavailable(params)
            if reason:
                self.skipped[d.id] = reason
            self.dimensions.append((d, Unavailable(reason) if reason else dim_type.create(params)))

    def usage(self) -> dict[str, dict]:
        """Per dimension that calls models: calls, cache hits, retries, failures, tokens."""
        found = {d.id: dim.usage() for d, dim in self.dimensions}
        return {k: v for k, v in found.items() if v is not None}

    def call_limits(self) -> list:
        """The adaptive caps on calls in flight of the dimensions that call a model server (for the progress line)."""
        return [limit for _, dim in self.dimensions if (limit := getattr(dim, "call_limit", None)) is not None]

    def backend_dimensions(self) -> list[str]:
        """Dimensions that run here and call a model server or load a model (their type declares a
        preflight): they score in this process, where their client, cache and model are shared."""
        types = dimension_types()
        return [d.id for d, _ in self.dimensions if types[d.type].type.preflight and d.id not in self.skipped]

    def mean_ranges(self) -> dict[str, tuple[float, float]]:
        """Dimensions whose summary mean is clipped (HealthBench clips rubric means to [0, 1])."""
        types = dimension_types()
        return {d.id: types[d.type].type.mean_range for d, _ in self.dimensions if types[d.type].type.mean_range}

    def preload(self) -> None:
        """Load now what dimensions would load on first use (their ``preload``): before workers are forked,
        so that they share those pages instead of each loading its own copy in its first chunk. numpy too: every
        batch's scores are numpy arrays, and a forked worker importing it for its first batch paid ~0.1 s of CPU
        that this process pays anyway."""
        import numpy  # noqa: F401

        for _, dimension in self.dimensions:
            load = getattr(dimension, "preload", None)
            if load is not None:
                load()

    def prefetch(self, records: list[Record]) -> None:
        """Let dimensions that call a server start on ``records`` already (their ``prefetch``), so that those
        calls overlap the batch scored before them; ``score_records`` later uses what they started."""
        for dspec, dimension in self.dimensions:
            start = getattr(dimension, "prefetch", None)
            tags = set(dspec.applies_to_tags)
            chosen = [r for r in records if not tags or tags.intersection(r.tags)]
            if start is not None and chosen:
                start(chosen)

    def score_records(self, records: list[Record]) -> ScoredBatch:
        """Every dimension on every record, as one batch; a record outside a dimension's
        ``applies_to_tags`` is not applicable, like one its plugin declares not applicable."""
        columns: list[list[Score]] = []
        for dspec, dimension in self.dimensions:
            tags = set(dspec.applies_to_tags)
            chosen = [i for i, r in enumerate(records) if not tags or tags.intersection(r.tags)]
            scores = [Score.not_applicable("not applicable: record lacks the tags " + ", ".join(sorted(tags)))] * len(records)
            if chosen:
                batch = [records[i] for i in chosen]
                for i, score in zip(chosen, _safe_batch(dimension, batch, dspec.deadline_seconds)):
                    scores[i] = score
            columns.append(scores)
        return ScoredBatch.from_scores(records, [d.id for d, _ in self.dimensions], columns)

    def score_stream(self, items: Iterable[Record | RecordError], batch_size: int = DEFAULT_BATCH_SIZE,
                     combine: Callable[[ScoredBatch], None] | None = None,
                     ) -> Iterator[tuple[list[Record | RecordError], ScoredBatch]]:
        """Yield (input items, their scored batch) chunk by chunk; bad items are not in the batch.

        ``combine(batch)`` fills each batch's composites: the reward engine's ``apply``,
        by default the base-weighted mean.
        """
        iterator = iter(items)
        raw = ((chunk, self.score_records([item for item in chunk if isinstance(item, Record)]))
               for chunk in iter(lambda: list(islice(iterator, batch_size)), []))
        return combined(raw, combine or BaseComposite(self.spec))


def combined(stream: Iterable[tuple[list, ScoredBatch]], combine: Callable[[ScoredBatch], None],
             ) -> Iterator[tuple[list, ScoredBatch]]:
    """Fill each raw batch's composites, in order (the one place batches are combined, however they were scored)."""
    for chunk, batch in stream:
        if len(batch):
            combine(batch)
        elif batch.composite is None:
            import numpy as np

            batch.composite = np.zeros(0)  # a chunk of bad lines only: an empty column, like any batch's
        yield chunk, batch

