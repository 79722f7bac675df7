"""judge_score and judge_rubric."""

from __future__ import annotations

from collections import defaultdict

from .. import hookimpl
from ..dimensions import DimensionType, Record, Score
from .base import COMMON_PARAMS, DATA_RULE, HOW_TO_CONFIGURE, JudgeDimension, JudgeFailure, fenced, preflight

SCORE_SYSTEM = ("You grade answers to medical questions against a rubric. Reply with JSON only: "
                '{{"score": <a number from {low} to {high}>, "explanation": "<one or two sentences>"}}.'
                + DATA_RULE.replace("{", "{{").replace("}", "}}"))
RUBRIC_SYSTEM = ("You check one rubric criterion against an answer to a medical conversation. Reply with JSON only: "
                 '{"criteria_met": true or false, "explanation": "<one sentence>"}. If the criterion describes '
                 "something undesirable, say whether the answer does it." + DATA_RULE)


def conversation_text(record: Record) -> str:
    if isinstance(record.prompt, str):
        return f"user: {record.prompt}"
    return "\n".join(f"{m.get('role', 'user')}: {m.get('content', '')}" for m in record.prompt)


def _evidence_text(value) -> str:
    return value if isinstance(value, str) else str(value)


def _error(answer) -> str:
    if isinstance(answer, JudgeFailure):
        detail = answer.removeprefix("judge call failed: ")[:200]
        return f"judge {answer.cause} failure" + (f": {detail}" if answer.cause != "parse" else "")
    return "judge answer has no usable grade"


class JudgeScore(JudgeDimension):
    def conversations(self, records):
        system = SCORE_SYSTEM.format(low=self.params.get("min", 1), high=self.params.get("max", 10))
        return [[{"role": "system", "content": system},
                 {"role": "user", "content": f"Rubric:\n{self.params['rubric']}\n\nConversation:\n"
                                             f"{conversation_text(r)}\n\nAnswer to grade:\n{fenced(r.response)}"}]
                for r in records]

    def score_batch(self, records):
        if not self.configured:
            return [Score.unscored(HOW_TO_CONFIGURE) for _ in records]
        low, high = self.params.get("min", 1), self.params.get("max", 10)
        scores = []
        for answer in self.ask(self.conversations(records)):
            grade = answer.get("score") if isinstance(answer, dict) else None
            if not isinstance(grade, (int, float)) or isinstance(grade, bool) or not low <= grade <= high:
                text = _evidence_text(answer)[:300]
                scores.append(Score(raw=None, evidence=[f"judge answer not usable: {text}"],
                                    error=_error(answer)))
                continue
            raw = (grade - low) / (high - low)
            scores.append(Score(raw=raw, passed=raw >= self.params.get("pass_threshold", 0.7),
                                evidence=[f"judge grade {grade:g}/{high:g}: {answer.get('explanation', '')}"]))
        return scores


class JudgeRubric(JudgeDimension):
    """HealthBench-style: one call per criterion; points met over positive points (can be below 0)."""

    @staticmethod
    def _jobs(records) -> tuple[list[tuple[int, dict]], list[list[dict]]]:
        """(record index, criterion) and its conversation, one per rubric criterion of each record."""
        jobs, conversations = [], []
        for i, record in enumerate(records):
            for criterion in record.extra.get("rubrics") or []:
                jobs.append((i, criterion))
                conversations.append([
                    {"role": "system", "content": RUBRIC_SYSTEM},
                    {"role": "user", "content": f"Conversation:\n{conversation_text(record)}\n\nAnswer:\n"
                                                f"{fenced(record.response)}\n\nCriterion: {criterion['criterion']}"},
                ])
        return jobs, conversations

    def conversations(self, records):
        return self._jobs(records)[1]

    def score_batch(self, records):
        if not self.configured:
            return [Score.unscored(HOW_TO_CONFIGURE) for _ in records]
        jobs, conversations = self._jobs(records)
        answers = self.ask(conversations) if conversations else []
        per_record = defaultdict(list)
        for (i, criterion), answer in zip(jobs, answers):
            per_record[i].append((criterion, answer))
        return [self._grade(per_record.get(i, [])) for i in range(len(records))]

    @staticmethod
    def _grade(graded: list) -> Score:
        if not graded:
            return Score.unscored("record has no rubrics")
        evidence, met = [], []
        for criterion, answer in graded:
            verdict = answer.get("criteria_met") if isinstance(answer, dict) else None
            if not isinstance(verdict, bool):
                return Score(raw=None, evidence=[f"judge answer not usable for {criterion['criterion']!r}: "
                                                 f"{_evidence_text(answer)[:300]}"], error=_error(answer))
            met.append(verdict)
            evidence.append(f"{'met' if verdict else 'not met'} ({criterion['points']:+g}): "
                            f"{criterion['criterion']} — {answer.get('explanation', '')}")
        raw = rubric_score([c for c, _ in graded], met)
        if raw is None:
            return Score(raw=None, evidence=evidence + ["no positive points in the rubric"])
        tags = sorted({t for c, _ in graded for t in c.get("tags", [])})
        for tag in tags:
            members = [(c, m) for (c, _), m in zip(graded, met) if tag in c.get("tags", [])]
            value = rubric_score([c for c, _ in members], [m for _, m in members])
            if value is not None:
                evidence.append(f"tag {tag}: {value:.3f}")
        return Score(raw=raw, passed=raw >= 0.5, evidence=evidence)


def rubric_score(criteria: list[dict], met: list[bool]) -> float | None:
    """Sum of the points of met criteria over the sum of positive points (HealthBench)."""
    possible = sum(c["points"] for c in criteria if c["points"] > 0)
    if possible <= 0:
        return None
    return sum(c["points"] for c, ok in zip(criteria, met) if ok) / possible


@hookimpl
def quark_register_dimensions(register):
    register(DimensionType(
        name="judge_score", implementation=JudgeScore, category="expert", preflight=preflight,
        description="An LLM judge grades the answer against a written rubric on a scale, mapped to [0, 1].",
        params_schema={"type": "object", "additionalProperties": False, "required": ["rubric"],
                       "properties": {**COMMON_PARAMS, "rubric": {"type": "string", "minLength": 1},
                                      "min": {"type": "number", "default": 1}, "max": {"type": "number", "default": 10},
                                      "pass_threshold": {"type": "number", "minimum": 0, "maximum": 1,
                                                         "default": 0.7}}},
    ))
    register(DimensionType(
        name="judge_rubric", implementation=JudgeRubric, category="expert", preflight=preflight, mean_range=(0.0, 1.0),
        description="HealthBench-style rubric grading: one judge call per criterion of the record's 'rubrics'.",
        params_schema={"type": "object", "additionalProperties": False, "properties": dict(COMMON_PARAMS)},
    ))
