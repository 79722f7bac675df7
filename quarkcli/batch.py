"""The scored batch: the one shape a batch of records has from the Scorer to the reward.

Per-dimension results are columns, (records x dimensions) arrays, so the engine,
the summary, the calibrator, the TRL reward and diagnose read them without
converting. JSON exists only at file boundaries: ``to_lines`` for `quark score -o`,
``from_lines`` when diagnose reads such a file back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from .deadline import DEADLINE_ERROR
from .dimensions import Record, Score
from .records import RecordError

PROMPT_EXCERPT, RESPONSE_EXCERPT = 200, 300


def excerpt(text: str, limit: int) -> str:
    """The start of a text, so that diagnoses can show examples without the full data."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def group_key(record: Record) -> str:
    """Responses to the same prompt form a group: an explicit 'group' field, else the prompt text."""
    return str(record.extra.get("group", record.prompt_text))


def achieved(pass_rate: float | None, mean: float | None) -> float | None:
    """What a dimension's target is compared with: its pass rate, else (no verdicts) its mean raw score."""
    return pass_rate if pass_rate is not None else mean


@dataclass
class ScoredBatch:
    """Records' identities plus one column per field and dimension.

    ``raw`` and ``passed`` (1.0/0.0) are NaN where a dimension gave no value or verdict;
    ``applicable`` is False where a dimension does not apply to a record (its plugin said so, or
    the record lacks the dimension's ``applies_to_tags``): such entries carry no value, and the
    engine, the summary and diagnose leave them out of every rate, mean and statistic.
    ``normalized``, ``weights``, ``composite`` and ``category_scores`` are filled once, by
    whatever combines the batch (the engine, or the base-weighted mean without a reference).
    """

    dim_ids: list[str]
    ids: list[Any]
    groups: list[str]
    tags: list[list[str]]
    raw: np.ndarray
    passed: np.ndarray
    applicable: np.ndarray
    errors: list[list[str | None]]
    evidence: list[list[list[str]]]
    sample_indexes: list[Any] = field(default_factory=list)
    excerpts: list[dict] = field(default_factory=list)
    details: list[list[dict | None]] = field(default_factory=list)  # a plugin's structured findings, if any
    normalized: np.ndarray | None = None
    weights: np.ndarray | None = None
    composite: np.ndarray | None = None
    category_scores: dict[str, np.ndarray] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def from_scores(cls, records: list[Record], dim_ids: list[str], columns: list[list[Score]],
                    applicable: np.ndarray | None = None) -> "ScoredBatch":
        """The batch of ``records`` from one list of Scores per dimension (in ``dim_ids`` order);
        an entry is applicable where ``applicable`` (default: all) and its Score say so."""
        import numpy as np
        shape = (len(records), len(dim_ids))
        raw, passed = np.full(shape, np.nan), np.full(shape, np.nan)
        applicable = np.ones(shape, dtype=bool) if applicable is None else applicable.copy()
        for j, scores in enumerate(columns):
            for i, score in enumerate(scores):
                if not score.applicable:
                    applicable[i, j] = False
                if score.raw is not None:
                    raw[i, j] = score.raw
                if score.passed is not None:
                    passed[i, j] = 1.0 if score.passed else 0.0
        return cls(
            dim_ids=list(dim_ids),
            ids=[r.id for r in records],
            groups=[group_key(r) for r in records],
            tags=[r.tags for r in records],
            raw=raw,
            passed=passed,
            applicable=applicable,
            errors=[[scores[i].error for scores in columns] for i in range(len(records))],
            evidence=[[scores[i].evidence for scores in columns] for i in range(len(records))],
            sample_indexes=[r.extra.get("sample_index") for r in records],
            excerpts=[{"prompt": excerpt(r.prompt_text, PROMPT_EXCERPT),
                       "response": excerpt(r.response, RESPONSE_EXCERPT)} for r in records],
            details=[[scores[i].details for scores in columns] for i in range(len(records))],
        )

    @classmethod
    def concat(cls, batches: list["ScoredBatch"]) -> "ScoredBatch":
        """Uncombined batches of the same dimensions, one after another (parts scored apart, joined again)."""
        import numpy as np
        if len(batches) == 1:
            return batches[0]
        first = batches[0]
        return cls(
            dim_ids=list(first.dim_ids),
            ids=[v for b in batches for v in b.ids],
            groups=[v for b in batches for v in b.groups],
            tags=[v for b in batches for v in b.tags],
            raw=np.concatenate([b.raw for b in batches]),
            passed=np.concatenate([b.passed for b in batches]),
            applicable=np.concatenate([b.applicable for b in batches]),
            errors=[v for b in batches for v in b.errors],
            evidence=[v for b in batches for v in b.evidence],
            sample_indexes=[v for b in batches for v in b.sample_indexes],
            excerpts=[v for b in batches for v in b.excerpts],
            details=[v for b in batches for v in b.details] if all(b.details for b in batches) else [],
        )

    def part(self, start: int, stop: int) -> "ScoredBatch":
        """Records ``start`` to ``stop`` of an uncombined batch (to cut scored pieces into the run's batches)."""
        return ScoredBatch(
            dim_ids=list(self.dim_ids), ids=self.ids[start:stop], groups=self.groups[start:stop],
            tags=self.tags[start:stop], raw=self.raw[start:stop], passed=self.passed[start:stop],
            applicable=self.applicable[start:stop], errors=self.errors[start:stop],
            evidence=self.evidence[start:stop], sample_indexes=self.sample_indexes[start:stop],
            excerpts=self.excerpts[start:stop], details=self.details[start:stop])

    @classmethod
    def from_arrays(cls, dim_ids: list[str], raw: np.ndarray, passed: np.ndarray | None = None,
                    groups: list | None = None) -> "ScoredBatch":
        """A batch from score arrays alone (benchmarks, simulations, tests); each record its own group by default."""
        import numpy as np
        n = len(raw)
        return cls(dim_ids=list(dim_ids), ids=list(range(n)),
                   groups=[str(i) for i in range(n)] if groups is None else list(groups), tags=[[] for _ in range(n)],
                   raw=np.asarray(raw, dtype=float),
                   passed=np.full_like(raw, np.nan, dtype=float) if passed is None else np.asarray(passed, dtype=float),
                   applicable=np.ones(np.shape(raw), dtype=bool), errors=[[None] * len(dim_ids) for _ in range(n)],
                   evidence=[[[] for _ in dim_ids] for _ in range(n)], sample_indexes=[None] * n,
                   excerpts=[{} for _ in range(n)])

    @classmethod
    def from_lines(cls, lines: list[dict], dim_ids: list[str]) -> "ScoredBatch":
        """Read `quark score -o` lines back (the file boundary); a dimension missing from a line is unscored."""
        import numpy as np
        shape = (len(lines), len(dim_ids))
        raw, passed, normalized = (np.full(shape, np.nan) for _ in range(3))
        applicable = np.ones(shape, dtype=bool)
        errors: list[list[str | None]] = []
        evidence: list[list[list[str]]] = []
        details: list[list[dict | None]] = []
        for i, line in enumerate(lines):
            results = [line["dimensions"].get(dim_id) or {} for dim_id in dim_ids]
            for j, result in enumerate(results):
                for column, key in ((raw, "raw"), (normalized, "normalized")):
                    if result.get(key) is not None:
                        column[i, j] = result[key]
                if result.get("passed") is not None:
                    passed[i, j] = 1.0 if result["passed"] else 0.0
                applicable[i, j] = result.get("applicable", True) is not False
            errors.append([result.get("error") for result in results])
            evidence.append([result.get("evidence") or [] for result in results])
            details.append([result.get("details") for result in results])
        return cls(
            dim_ids=list(dim_ids),
            ids=[line["id"] for line in lines],
            groups=[str(line["id"]) for line in lines],
            tags=[line.get("tags") or [] for line in lines],
            raw=raw,
            passed=passed,
            applicable=applicable,
            errors=errors,
            evidence=evidence,
            sample_indexes=[line.get("sample_index") for line in lines],
            excerpts=[line.get("excerpt") or {} for line in lines],
            normalized=normalized,
            details=details,
            composite=np.array([np.nan if line.get("composite") is None else line["composite"] for line in lines]),
        )

    @property
    def scored_raw(self) -> np.ndarray:
        """Raw scores with non-applicable entries blanked: what normalization, statistics and composites see."""
        import numpy as np
        return np.where(self.applicable, self.raw, np.nan)

    @property
    def scored_passed(self) -> np.ndarray:
        """Pass verdicts with non-applicable entries blanked."""
        import numpy as np
        return np.where(self.applicable, self.passed, np.nan)

    @property
    def error_mask(self) -> np.ndarray:
        """True where a dimension failed on a record (its plugin raised or returned garbage)."""
        import numpy as np
        return np.array([[bool(e) for e in row] for row in self.errors], dtype=bool).reshape(self.raw.shape)

    @property
    def deadline_mask(self) -> np.ndarray:
        """True where a dimension ran past its time budget on a record (an error, also counted on its own)."""
        import numpy as np
        return np.array([[bool(e) and e.startswith(DEADLINE_ERROR) for e in row] for row in self.errors],
                        dtype=bool).reshape(self.raw.shape)

    def outcome(self) -> np.ndarray:
        """Per record and dimension: the pass verdict, else the raw score, NaN when neither
        (the one definition of "pass rate, else mean")."""
        import numpy as np
        raw, passed = self.scored_raw, self.scored_passed
        return np.where(np.isnan(passed), raw, passed)

    def performance(self) -> np.ndarray:
        """The outcome with raw scores clipped to [0, 1], so it can be compared with a target."""
        import numpy as np
        raw, passed = self.scored_raw, self.scored_passed
        return np.where(np.isnan(passed), np.clip(raw, 0.0, 1.0), passed)

    def line(self, i: int) -> dict:
        """Record ``i`` as one `quark score -o` line (for many records, ``lines`` converts the arrays once)."""
        return self.lines([i])[0]

    def lines(self, indexes: Iterable[int]) -> list[dict]:
        """Records ``indexes`` as `quark score -o` lines; the arrays become Python values once per call,
        not once per cell (this is most of what writing a scores file costs)."""
        raw = [[None if v != v else v for v in row] for row in self.raw.tolist()]
        passed = [[None if v != v else bool(v) for v in row] for row in self.passed.tolist()]
        applicable = self.applicable.tolist()
        engine = self.normalized is not None
        if engine:
            normalized = [[None if v != v else v for v in row] for row in self.normalized.tolist()]
            weights = [float(w) for w in self.weights]
        categories = {c: [None if v != v else v for v in values.tolist()] for c, values in self.category_scores.items()}
        composite = None if self.composite is None else [None if v != v else v for v in self.composite.tolist()]
        found = []
        for i in indexes:
            evidence, errors, raw_i, passed_i, applicable_i = (
                self.evidence[i], self.errors[i], raw[i], passed[i], applicable[i])
            details = self.details[i] if self.details else None
            dimensions = {}
            for j, dim_id in enumerate(self.dim_ids):
                result = {"raw": raw_i[j], "passed": passed_i[j], "applicable": applicable_i[j],
                          "evidence": evidence[j], "error": errors[j]}
                if details is not None and details[j] is not None:
                    result["details"] = details[j]
                if engine:
                    result["normalized"] = normalized[i][j]
                    result["weight"] = weights[j]
                dimensions[dim_id] = result
            found.append({
                "id": self.ids[i],
                **({"sample_index": self.sample_indexes[i]} if self.sample_indexes[i] is not None else {}),
                "tags": self.tags[i],
                "excerpt": self.excerpts[i],
                "dimensions": dimensions,
                "category_scores": {c: values[i] for c, values in categories.items()},
                "composite": None if composite is None else composite[i],
            })
        return found

    def to_lines(self) -> list[dict]:
        """Every record as a `quark score -o` line."""
        return self.lines(range(len(self)))


def output_lines(items: Iterable[Record | RecordError], batch: ScoredBatch) -> Iterator[dict]:
    """Output lines in input order: ``batch`` holds the Records among ``items``; the others are input errors."""
    scored = iter(batch.lines(range(len(batch))))
    for item in items:
        yield next(scored) if isinstance(item, Record) else error_output(item)


def error_output(error: RecordError) -> dict:
    """The output line of an input that could not be read as a record."""
    return {
        "id": error.id if error.id is not None else error.line,
        "line": error.line,
        "tags": [],
        "error": error.message,
        "dimensions": {},
        "category_scores": {},
        "composite": None,
    }


class Tally:
    """Per-dimension counts over a stream of batches, shared by the summary and the calibrator
    so that both count applicable, scored, unscored, failed and passed entries the same way.

    ``n_applicable`` = ``n_scored`` + ``n_unscored`` (errors are among the unscored); entries that
    are not applicable are in none of the other counts, so rates are over applicable records."""

    def __init__(self, n_dims: int):
        import numpy as np
        self.n_applicable = np.zeros(n_dims, dtype=int)
        self.n_scored = np.zeros(n_dims, dtype=int)
        self.n_unscored = np.zeros(n_dims, dtype=int)
        self.n_errors = np.zeros(n_dims, dtype=int)
        self.n_deadline = np.zeros(n_dims, dtype=int)
        self.n_judged = np.zeros(n_dims, dtype=int)
        self.n_passed = np.zeros(n_dims, dtype=int)

    def add(self, batch: ScoredBatch) -> None:
        """Count one batch."""
        import numpy as np
        raw, passed, applicable = batch.scored_raw, batch.scored_passed, batch.applicable
        scored, judged = ~np.isnan(raw), ~np.isnan(passed)
        self.n_applicable += applicable.sum(axis=0)
        self.n_scored += scored.sum(axis=0)
        self.n_unscored += (applicable & ~scored).sum(axis=0)
        self.n_errors += (applicable & batch.error_mask).sum(axis=0)
        self.n_deadline += (applicable & batch.deadline_mask).sum(axis=0)
        self.n_judged += judged.sum(axis=0)
        self.n_passed += (judged & (passed == 1.0)).sum(axis=0)

    def pass_rate(self, j: int) -> float | None:
        """Dimension ``j``'s share of passing verdicts, None when it gave none."""
        return int(self.n_passed[j]) / int(self.n_judged[j]) if self.n_judged[j] else None
