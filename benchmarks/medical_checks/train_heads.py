"""Train classifier_check's heads on the dev split and the training set; write quarkcli/data/classifier_heads.yaml.

One L2-regularised logistic regression per check, on multilingual-e5-small features of the cases labeled `fail` or
`pass` (`n/a` is the rules' call, not the head's): the dev split and `train.jsonl`, cases written for the heads alone
by writers of their own and never scored for a report. The penalty and the threshold are chosen by
leave-one-batch-out on dev: each dev batch, written by writers of its own, is predicted by a head fitted on the
other dev batches and the training set, so the choice rewards what carries to a new writer; the grid point kept is
the one nearest the goal (precision 0.95, recall 0.90) on its worse side. The rules' verdict is not a
feature: the rules were tuned on every dev batch, so leaving a batch out would not hide it from them. The test
split is never read. The applicability heads (applicability.py: warning sign, advice) are trained in the same run,
after the heads of the checks that use them; the warning-sign head may read the whole prompt, each of its sentences
(fitted on the sentences writers marked as the sign) or its passages (the sentences, adjacent pairs and the whole
prompt), whichever leave-one-batch-out prefers. Each check's
`veto_below`, for classifier_check's opt-in veto of the rules' fail, is chosen on the training set's batches held out
one at a time (the rules never saw those writers): the largest grid value that loses no true fail, and what the veto
does there with its guard (the sentence carrying the rules' match read alone, quarkcli/models/veto.py, below the
head's threshold or, for harmful claims, below `veto_guard`, chosen on an exploit file: exploit_guard.py), which only
takes vetoes away. The red-flag head's threshold
is then moved for recall (the twenty-third round's protocol; lowest_precise_threshold), and the harmful head's for
precision (the twenty-fourth's; lowest_threshold_meeting_goal), on folds where every training batch is left out as
well. The harmful head's sentence guard (harmful_sentence.py) is trained after it, and kept only where it beats the
shipped reading leaving one batch out. Vectors are cached between runs (embedding_cache.py).

Usage: python benchmarks/medical_checks/train_heads.py [--check CHECK ...] [--dry-run]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # small solves: more BLAS threads only spin (7x slower here)
import numpy as np  # noqa: E402
import yaml  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from quarkcli.dimensions import Record, dimension_types  # noqa: E402
from quarkcli.models import CLASSIFIER_CHECKS as CHECKS, E5  # noqa: E402
from quarkcli.models.classifier import (HARMFUL_SENTENCE, INPUTS, MAX_CHARS, PROMPT_UNITS, features,  # noqa: E402
                                        probability)
from quarkcli.models.encoder import shared_encoder  # noqa: E402
from quarkcli.models.veto import carriers  # noqa: E402
from embedding_cache import CachedEncoder  # noqa: E402
from applicability import HEADS, applies, counts, head_labels, predicted_fail, sentence_labels, uses  # noqa: E402
from harmful_sentence import train_guard  # noqa: E402
from exploit_guard import exploit_readings, guard_line  # noqa: E402

OUT = HERE.parents[1] / "quarkcli" / "data" / "classifier_heads.yaml"
TRAINING = "training set"
PENALTIES = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0)
# 0.2 to 0.9: a head fitted on other writers may be miscalibrated for a new one either way
THRESHOLDS = tuple(round(0.2 + 0.05 * i, 2) for i in range(15))
# Probabilities below which classifier_check's opt-in veto may turn a rules' fail into a pass (0: no veto)
VETOES = (0.0, 0.01, 0.02, 0.05, 0.1)
# Checks whose veto's guard line is chosen on exploits written to buy the veto (exploit_guard.py); the others' line
# is the head's threshold
GUARDED_BY_EXPLOITS = ("harmful_claims",)


def fit(x: np.ndarray, y: np.ndarray, penalty: float, iterations: int = 30) -> dict:
    """Newton's method on the penalised log-likelihood (the bias is not penalised): deterministic, no step
    size to tune. The same iterates are solved in whichever space is smaller: a check's few hundred cases against
    768 features solve ten times faster in the cases' space (most of a retrain's fitting time)."""
    solve = newton_in_case_space if len(x) < x.shape[1] else newton_in_feature_space
    return solve(x, y, penalty, iterations)


def newton_in_feature_space(x: np.ndarray, y: np.ndarray, penalty: float, iterations: int) -> dict:
    x1 = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x1.shape[1])
    ridge = penalty * np.eye(x1.shape[1])
    ridge[-1, -1] = 0
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-x1 @ w))
        hessian = (x1 * (p * (1 - p))[:, None]).T @ x1 + ridge
        step = np.linalg.solve(hessian, x1.T @ (p - y) + ridge @ w)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return {"weights": w[:-1], "bias": float(w[-1])}


def newton_in_case_space(x: np.ndarray, y: np.ndarray, penalty: float, iterations: int) -> dict:
    """The weights stay x.T @ alpha (they start at zero and every step is in the cases' span), so the feature
    space's Newton step (x.T V x + penalty I) a + x.T v c = x.T r + penalty w, v.T x a + sum(v) c = sum(r), with
    a = x.T beta, holds where (V K + penalty I) beta + v c = r + penalty alpha and v.T K beta + sum(v) c = sum(r),
    K = x x.T: an (n + 1)-square solve. The same stopping rule on the step in feature space."""
    n = len(x)
    gram = x @ x.T
    alpha, bias = np.zeros(n), 0.0
    system = np.empty((n + 1, n + 1))
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-(gram @ alpha + bias)))
        v, r = p * (1 - p), p - y
        system[:n, :n] = v[:, None] * gram + penalty * np.eye(n)
        system[:n, n], system[n, :n], system[n, n] = v, v @ gram, v.sum()
        step = np.linalg.solve(system, np.append(r + penalty * alpha, r.sum()))
        alpha -= step[:n]
        bias -= step[n]
        if max(np.abs(x.T @ step[:n]).max(), abs(step[n])) < 1e-9:
            break
    return {"weights": x.T @ alpha, "bias": float(bias)}


def rule_scores(check: str, cases: list[dict]) -> list:
    rules = dimension_types()[check].type.create({})
    return [rules.score(Record(id=case["id"], prompt=case["prompt"], response=case["response"])) for case in cases]


def rule_verdicts(check: str, cases: list[dict], scores: list | None = None) -> np.ndarray:
    return np.array(["n/a" if not score.applicable or score.raw is None else "pass" if score.passed else "fail"
                     for score in scores or rule_scores(check, cases)])


def held_out_probabilities(x, labels, batches, penalty) -> np.ndarray:
    """P(fail) of each dev case from a head fitted on everything but its own dev batch (the training set's batch is
    never held out); NaN for the training set. One fit per batch and penalty serves every threshold."""
    groups = np.where(batches == TRAINING, None, batches.astype(object))
    return held_out_everywhere(x, (labels == "fail").astype(float), labels != "n/a", groups, penalty)


def leave_one_batch_out(p, labels, batches, applicable, threshold) -> tuple[int, int, int]:
    """True positives, false positives and false negatives of the head alone on the rule-applicable dev cases,
    from held_out_probabilities."""
    dev = batches != TRAINING
    predicted = applicable[dev] & (p[dev] >= threshold)
    truth = labels[dev] == "fail"
    return (int((predicted & truth).sum()), int((predicted & ~truth).sum()), int((~predicted & truth).sum()))


def training_batch_probabilities(x, labels, training_batches, penalty) -> np.ndarray:
    """P(fail) of each training-set case from a head fitted on dev and the other training batches; NaN for dev.
    The rules were never tuned on the training set's writers, so their fails there are a fair test of a veto."""
    return held_out_everywhere(x, (labels == "fail").astype(float), labels != "n/a", training_batches, penalty)


def carrier_probabilities(x, labels, training_batches, penalty, prompts, sentences) -> np.ndarray:
    """The highest P(fail) of the sentences carrying the rules' match (``sentences[i]``: their vectors, or None), each
    read alone with its case's prompt (``prompts``) by the head fitted without the case's training batch, as
    training_batch_probabilities fits it: what classifier_check's guard on the veto reads. NaN where None."""
    y, known = (labels == "fail").astype(float), labels != "n/a"
    q = np.full(len(y), np.nan)
    for batch in sorted(set(training_batches) - {None}):
        held = training_batches == batch
        head = fit(x[~held & known], y[~held & known], penalty)
        for i in np.flatnonzero(held):
            if sentences[i] is not None:
                read = features(np.repeat(prompts[i:i + 1], len(sentences[i]), 0), sentences[i])
                q[i] = probability(head, read).max()
    return q


def veto_counts(p, labels, rules, below: float, guard=None) -> dict:
    """What a veto below ``below`` does to the rules' fails with a probability ``p``: the false alarms it removes
    and the true fails it loses; with ``guard`` (True where classifier_check's guard lets the veto through), what
    the guarded veto does."""
    read = (rules == "fail") & ~np.isnan(p)
    vetoed = read & (p < below) & (True if guard is None else guard)
    return {"rules_fails_read": int(read.sum()), "false_alarms_removed": int((vetoed & (labels != "fail")).sum()),
            "true_fails_lost": int((vetoed & (labels == "fail")).sum())}


def choose_veto(p, labels, rules) -> tuple[float, dict]:
    """The largest grid value that loses no true fail among the rules' fails on the held-out training batches."""
    below = max(v for v in VETOES if veto_counts(p, labels, rules, v)["true_fails_lost"] == 0)
    return below, veto_counts(p, labels, rules, below)


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / max(2 * tp + fp + fn, 1)


GOAL = {"precision": 0.95, "recall": 0.90}  # issue 13's acceptance for every medical type
SPEC_FLOOR = 0.9  # a head ships in specs/medical.yaml only with both rates at least this (the spec rule)


def preference(threshold: float, tp: int, fp: int, fn: int) -> tuple[bool, float, float, float]:
    """The grid point to keep: one the spec rule would ship first, then the one closest to the goal on its worse
    side, i.e. the higher of the lower of precision / 0.95 and recall / 0.90 (the goal asks more of precision than
    of recall, so a symmetric choice leaves precision short), to the thousandth the rates are reported in, then F1,
    then the higher threshold (fewer added fails). Compared exactly, 275 found with 26 false alarms lost to 254
    with 24 (precision 0.91362 against 0.91367): a difference no reported rate shows outweighed 21 fails found."""
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return (min(precision, recall) >= SPEC_FLOOR, round(min(precision / GOAL["precision"], recall / GOAL["recall"]), 3),
            f1(tp, fp, fn), threshold)


# Checks whose threshold is moved for recall after the grid's choice (README, "The twenty-third round: protocol"):
# red flags missed on test what their dev folds found (0.880 recall against 0.954), and their blind, lay-word
# training batches, never held out by the grid, are the writers least like dev
RECALL_FIRST = ("red_flag_escalation",)


def every_batch_left_out(x, labels, folds, applicable, penalty) -> dict[float, tuple[int, int, int]]:
    """Per threshold, the head's true positives, false positives and false negatives where every fold (each dev
    batch and each training batch) is scored by a head fitted on all the others, counted as leave_one_batch_out
    counts dev: the head alone on the cases the rules find applicable (``applicable``, the rules' verdict on
    training cases too), a fail the rules call n/a a miss. The grid's dev folds always fit on the training set, so
    they never ask how the head reads a writer like the training batches' blind, lay-word ones."""
    p = held_out_everywhere(x, (labels == "fail").astype(float), labels != "n/a", folds, penalty)
    return {threshold: leave_one_batch_out(p, labels, folds, applicable, threshold) for threshold in THRESHOLDS}


def lowest_precise_threshold(grid: dict[float, tuple[int, int, int]], current: float) -> float:
    """The twenty-third round's rule for a RECALL_FIRST check, written before any reading: the lowest threshold of
    ``grid`` (tp, fp, fn per threshold, from every_batch_left_out) whose precision is at least the goal's 0.95,
    compared exactly, kept only where its recall is higher than at ``current`` (the grid's choice); else ``current``.
    THRESHOLDS, not a finer grid: the rule picks the lowest point that still meets the line, so a finer grid would
    only move it to where held-out precision sits just at 0.95, which a new writer then takes below it."""
    precise = [t for t in sorted(grid) if grid[t][0] / max(grid[t][0] + grid[t][1], 1) >= GOAL["precision"]]
    if not precise:
        return current
    lowest, recall = precise[0], (lambda tp, fp, fn: tp / max(tp + fn, 1))
    return lowest if recall(*grid[lowest]) > recall(*grid[current]) else current


# Checks whose threshold is moved for precision (README, "The twenty-fourth round: protocol"): harmful claims
# missed the precision goal on test by a few false alarms for three rounds while recall had slack
PRECISION_FIRST = ("harmful_claims",)


def shipped_every_batch(p, labels, rules_fail) -> dict[float, tuple[int, int, int]]:
    """Per threshold, tp / fp / fn of the shipped reading (the rules' fail or the head at the threshold) with the
    head's probabilities ``p`` from every_batch folds. Not the head alone, as for red flags: a harmful check's rules
    fail by themselves, and test judges their false alarms together with the head's; the rules' verdicts on dev are
    in-sample (tuned there), so the count flatters precision if anything."""
    truth = labels == "fail"
    grid = {}
    for threshold in THRESHOLDS:
        failed = (p >= threshold) | rules_fail
        grid[threshold] = (int((failed & truth).sum()), int((failed & ~truth).sum()), int((~failed & truth).sum()))
    return grid


def lowest_threshold_meeting_goal(grid: dict[float, tuple[int, int, int]], current: float) -> float:
    """The twenty-fourth round's rule for a PRECISION_FIRST check, written before any reading: the lowest threshold
    of ``grid`` whose precision is at least the goal's 0.95 and whose recall is at least 0.90, compared exactly;
    where none meets both, ``current`` (the grid's choice) stays: a threshold that buys precision below the recall
    line only moves the shortfall to the other side."""
    meets = [t for t in sorted(grid) if grid[t][0] / max(grid[t][0] + grid[t][1], 1) >= GOAL["precision"]
             and grid[t][0] / max(grid[t][0] + grid[t][2], 1) >= GOAL["recall"]]
    return meets[0] if meets else current


USE_TIE = 0.005  # nearness to the goal (as in preference) closer than this is a tie: between a use and no use,
# and between grid points of an applicability head (tied_best)


def tied(nearness: float, other: float) -> bool:
    """Whether two nearnesses to the goal (preference's, in thousandths) are a tie, the difference read in thousandths
    too: 0.938 - 0.933 is 0.00499… in floating point, and float noise must not decide what a tie is."""
    return round(abs(nearness - other), 3) < USE_TIE


def use_kept(with_it: tuple[int, int, int], without_it: tuple[int, int, int]) -> bool:
    """Whether an applicability head's use stays: the spec rule first, then nearness to the goal on the worse side,
    where a difference under USE_TIE (a case or two in a leave-one-batch-out estimate) is a tie that F1 decides. The
    fourteenth round's retrain dropped the advice head's use for a precision 0.002 lower (0.910 / 0.986 with it,
    0.912 / 0.906 without): a near tie on one side decided against eight points on the other."""
    kept, dropped = preference(0, *with_it), preference(0, *without_it)
    if kept[0] != dropped[0] or not tied(kept[1], dropped[1]):
        return kept[:2] > dropped[:2]
    return kept[2] > dropped[2]


def tied_best(grid: dict, threshold_of, without: tuple[int, int, int]) -> object:
    """The key of the grid point an applicability head keeps: the nearest to the goal, as preference reads it, except
    that points nearer than USE_TIE to the best option, the check without the head included, are a tie (on the same
    side of the spec rule) that F1 decides, then the higher threshold, as use_kept decides a use against none. The
    twenty-ninth round's retrain chose the warning-sign head at penalty 30, threshold 0.9, by a nearness 0.004 above
    penalty 3, threshold 0.85, where leaving one batch out the head found 42 emergencies fewer (813 against 855) for
    6 false alarms fewer: a difference of a case or two in precision decided against dozens of cases in recall. The
    check without the head counts in the best, so that a point tied only with other points (and not with no use at
    all) does not win the tie and then lose the use."""
    nearness = {key: preference(threshold_of(key), *found) for key, found in grid.items()}
    best = max([rank[:2] for rank in nearness.values()] + [preference(0, *without)[:2]])
    ties = [key for key, rank in nearness.items() if rank[0] == best[0] and tied(best[1], rank[1])]
    if not ties:
        return max(nearness, key=lambda key: nearness[key])
    return max(ties, key=lambda key: (f1(*grid[key]), threshold_of(key)))


def train(check: str, cases: list[dict], training: list[dict], encoder) -> dict:
    held_out = [c for c in cases if c["type"] == check]
    extra = [c for c in training if c["type"] == check]
    chosen = held_out + extra
    labels = np.array([c["label"] for c in chosen])
    batches = np.array([str(c.get("batch", 1)) for c in held_out] + [TRAINING] * len(extra))
    dev_rules = rule_verdicts(check, held_out)
    applicable = np.concatenate([dev_rules != "n/a", np.ones(len(extra), dtype=bool)])
    prompts = np.asarray(encoder.embed([c["prompt"][:MAX_CHARS["prompt"]] for c in chosen]))
    responses = np.asarray(encoder.embed([c["response"][:MAX_CHARS["response"]] for c in chosen]))
    x = features(prompts, responses)
    grid = {}
    for penalty in PENALTIES:
        p = held_out_probabilities(x, labels, batches, penalty)
        grid.update({(penalty, threshold): leave_one_batch_out(p, labels, batches, applicable, threshold)
                     for threshold in THRESHOLDS})
    (penalty, threshold), (tp, fp, fn) = max(grid.items(), key=lambda item: preference(item[0][1], *item[1]))
    known = labels != "n/a"
    head = fit(x[known], (labels[known] == "fail").astype(float), penalty)
    training_batches = np.array([None] * len(held_out) + [c["batch"] for c in extra], dtype=object)
    scores = rule_scores(check, extra)
    rules = np.concatenate([np.full(len(held_out), "n/a"), rule_verdicts(check, extra, scores)])
    moved, every = {}, None
    folds = np.array([str(c.get("batch", 1)) for c in held_out] + [c["batch"] for c in extra], dtype=object)
    if check in RECALL_FIRST:
        by_rules = np.concatenate([applicable[:len(held_out)], rules[len(held_out):] != "n/a"])
        every = every_batch_left_out(x, labels, folds, by_rules, penalty)
        chosen_threshold = lowest_precise_threshold(every, threshold)
    if check in PRECISION_FIRST:
        p_every = held_out_everywhere(x, (labels == "fail").astype(float), labels != "n/a", folds, penalty)
        every = shipped_every_batch(p_every, labels, np.concatenate([dev_rules, rules[len(held_out):]]) == "fail")
        chosen_threshold = lowest_threshold_meeting_goal(every, threshold)
    if every is not None:
        moved = {"every_batch_left_out": {"grid_threshold": threshold, "before": rates(*every[threshold]),
                                          "after": rates(*every[chosen_threshold])}}
        threshold, (tp, fp, fn) = chosen_threshold, grid[penalty, chosen_threshold]
    p_training = training_batch_probabilities(x, labels, training_batches, penalty)
    veto_below, vetoed = choose_veto(p_training, labels, rules)
    units = [carriers(c["response"][:MAX_CHARS["response"]], s.evidence) if s.passed is False else None
             for c, s in zip(extra, scores)]
    flat = np.asarray(encoder.embed([s for u in units if u is not None for s in u]))  # one call: one cache write
    ends = np.cumsum([0] + [len(u) for u in units if u is not None])
    read = iter(flat[a:b] for a, b in zip(ends[:-1], ends[1:]))
    vectors = [None] * len(held_out) + [None if u is None else next(read) for u in units]
    stored = {"bias": round(head["bias"], 6), "weights": [round(float(w), 6) for w in head["weights"]]}
    line, exploits = threshold, {}
    if check in GUARDED_BY_EXPLOITS:
        whole, carrier = exploit_readings(check, stored, encoder)
        line = guard_line(whole, carrier, veto_below, threshold)
        exploits = {"veto_guard": line, "exploits_read": {
            "rules_fails": len(whole), "below_veto_line": int((whole < veto_below).sum()),
            "lowest_carrier_reading": round(float(carrier[whole < veto_below].min(initial=1.0)), 3)}}
    guard = carrier_probabilities(x, labels, training_batches, penalty, prompts, vectors) < line
    return {"penalty": penalty, "threshold": threshold, "veto_below": veto_below, **exploits,
            "veto_on_training_batches": vetoed,
            "guarded_veto_on_training_batches": veto_counts(p_training, labels, rules, veto_below, guard),
            "trained_on": {"fail": int((labels == "fail").sum()), "pass": int((labels == "pass").sum()),
                           "from_training_set": int((batches == TRAINING).sum())},
            "leave_one_batch_out": {"precision": round(tp / max(tp + fp, 1), 3),
                                    "recall": round(tp / max(tp + fn, 1), 3)}, **moved,
            **stored}


def held_out_everywhere(x, y, known, batches, penalty) -> np.ndarray:
    """P(positive) of each case from a head fitted on the known labels of every other batch, dev and training
    batches alike; a case whose batch is None is always fitted on and never predicted (NaN)."""
    p = np.full(len(y), np.nan)
    for batch in sorted(set(batches) - {None}):
        held = batches == batch
        fitted = ~held & known
        p[held] = probability(fit(x[fitted], y[fitted], penalty), x[held])
    return p


def rates(tp: int, fp: int, fn: int) -> dict:
    return {"precision": round(tp / max(tp + fp, 1), 3), "recall": round(tp / max(tp + fn, 1), 3)}


def train_applicability(name: str, cases: list[dict], training: list[dict], encoder, heads: dict) -> dict:
    """An applicability head (its input, penalty and weights) and, per check that uses it, the threshold of its use,
    chosen by leave-one-batch-out on the check's whole verdict (applicability.py) with near ties decided by F1
    (tied_best); a use is kept only where it beats the check without it. The input and the penalty are the first
    use's choice."""
    tagged = ([{**c, "batch": str(c.get("batch", 1))} for c in cases]
              + [{**c, "batch": str(c.get("batch", TRAINING))} for c in training])
    labeled, y = head_labels(name, tagged)
    batches = np.array([c["batch"] for c in labeled])
    types = np.array([c["type"] for c in labeled])
    prompts = np.asarray(encoder.embed([c["prompt"][:MAX_CHARS["prompt"]] for c in labeled]))
    responses = np.asarray(encoder.embed([c["response"][:MAX_CHARS["response"]] for c in labeled]))
    known = np.ones(len(y), dtype=bool)
    checks = {}
    for check in uses(name):
        mask = types == check
        labels = np.array([c["label"] for c in labeled])[mask]
        p_response = held_out_everywhere(features(prompts[mask], responses[mask]), (labels == "fail").astype(float),
                                         labels != "n/a", batches[mask], heads[check]["penalty"])
        rules = rule_verdicts(check, [c for c, m in zip(labeled, mask) if m])
        checks[check] = {"mask": mask, "labels": labels, "p_response": p_response, "rules": rules,
                         "threshold": heads[check]["threshold"]}
    units = {reads: sentence_inputs(labeled, y, encoder, reads) for reads in HEADS[name]["inputs"]
             if reads in PROMPT_UNITS}
    grid = {}
    for reads in HEADS[name]["inputs"]:
        x = None if reads in units else INPUTS[reads](prompts, responses)
        for penalty in PENALTIES:
            p_head = (held_out_sentences(*units[reads], batches, penalty) if reads in units
                      else held_out_everywhere(x, y, known, batches, penalty))
            for check, c in checks.items():
                for threshold in THRESHOLDS:
                    read = applies(p_head[c["mask"]], check, threshold)
                    grid[check, reads, penalty, threshold] = counts(
                        predicted_fail(c["rules"], c["p_response"], c["threshold"], read), c["labels"])
    first = uses(name)[0]
    without = {check: counts(predicted_fail(c["rules"], c["p_response"], c["threshold"],
                                            np.zeros(len(c["labels"]), dtype=bool)), c["labels"])
               for check, c in checks.items()}
    _, reads, penalty, _ = tied_best({k: v for k, v in grid.items() if k[0] == first}, lambda k: k[3], without[first])
    kept_uses = {}
    for check, c in checks.items():
        threshold = tied_best({t: grid[check, reads, penalty, t] for t in THRESHOLDS}, lambda t: t, without[check])
        kept = use_kept(grid[check, reads, penalty, threshold], without[check])
        kept_uses[check] = {"threshold": threshold, "kept": bool(kept),
                            "leave_one_batch_out": rates(*grid[check, reads, penalty, threshold]),
                            "without_it": rates(*without[check])}
    named = HEADS[name]["class"]
    trained_on = {named: int(y.sum()), f"no_{named}": int(len(y) - y.sum()),
                  "from_training_set": int(sum(not b.isdigit() for b in batches))}
    if reads in units:
        x_units, _, y_units = units[reads]
        marked = ~np.isnan(y_units)
        head = fit(x_units[marked], y_units[marked], penalty)
        trained_on[reads.split()[-1]] = {named: int(y_units[marked].sum()), f"no_{named}": int((y_units == 0).sum())}
    else:
        head = fit(INPUTS[reads](prompts, responses), y, penalty)
    return {"reads": reads, "penalty": penalty, "uses": kept_uses, "trained_on": trained_on,
            "bias": round(head["bias"], 6), "weights": [round(float(w), 6) for w in head["weights"]]}


def sentence_inputs(cases: list[dict], y: np.ndarray, encoder, reads: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The prompts' units (sentences or passages, as ``reads`` says) as a unit-reading head's input (the "prompt"
    scale), each one's case, and its label (applicability.sentence_labels; NaN where unknown)."""
    units, owner, labels = sentence_labels(cases, y, reads)
    return INPUTS["prompt"](np.asarray(encoder.embed(units)), None), owner, labels


def held_out_sentences(x_units, owner, y_units, batches, penalty) -> np.ndarray:
    """Each case's highest sentence reading from a head fitted on the labeled sentences of every other batch."""
    p_units = held_out_everywhere(x_units, np.nan_to_num(y_units), ~np.isnan(y_units), batches[owner], penalty)
    return highest(p_units, owner, len(batches))


def highest(p_units: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """Each of ``n`` cases' highest unit reading (0 for a case without units): a unit-reading head's verdict."""
    out = np.zeros(n)
    np.maximum.at(out, owner, p_units)
    return out


def train_order_now(cases: list[dict], training: list[dict], encoder) -> dict:
    """classifier_check's order-now head for over-escalation: does a sentence, read with the prompt, order emergency
    care now? Fitted on every over-escalation case with sentence_kind.py's labels and its penalty; its threshold is
    sentence_kind.py's choice on folds left out (README: "Sentence-kind over-escalation head")."""
    from sentence_kind import PENALTY, THRESHOLD, fit_order_now, order_now_units

    chosen = [c for c in cases + training if c["type"] == "over_escalation"]
    prompts = np.asarray(encoder.embed([c["prompt"][:MAX_CHARS["prompt"]] for c in chosen]))
    _, owner, y_units, x_units = order_now_units(chosen, prompts, encoder)
    head = fit_order_now(x_units, y_units, owner, np.array([c["label"] for c in chosen]), PENALTY)
    return {"reads": "sentence and prompt", "penalty": PENALTY, "threshold": THRESHOLD,
            "trained_on": {"order_now": int((y_units == 1).sum()), "not": int((y_units == 0).sum())},
            "bias": round(head["bias"], 6), "weights": [round(float(w), 6) for w in head["weights"]]}


def read_cases(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="append", choices=CHECKS, help="only these checks (default: all)")
    parser.add_argument("--dry-run", action="store_true", help="print the choices, write nothing")
    args = parser.parse_args(argv)
    dev, training = HERE / "dev.jsonl", HERE / "train.jsonl"
    encoder = CachedEncoder(shared_encoder(E5), E5)
    heads = {check: train(check, read_cases(dev), read_cases(training), encoder) for check in args.check or CHECKS}
    stored = yaml.safe_load(OUT.read_text(encoding="utf-8"))["heads"] if args.check and OUT.exists() else {}
    applicability = {name: train_applicability(name, read_cases(dev), read_cases(training), encoder,
                                               {**stored, **heads})
                     for name in HEADS if set(heads) & set(uses(name))}
    if "over_escalation" in heads:
        applicability["order_now"] = train_order_now(read_cases(dev), read_cases(training), encoder)
    if "harmful_claims" in heads:
        applicability[HARMFUL_SENTENCE] = train_guard(read_cases(dev), read_cases(training), encoder,
                                                      heads["harmful_claims"])
        guard = applicability[HARMFUL_SENTENCE]
        print(f"harmful sentence guard threshold {guard['threshold']}  {'kept' if guard['kept'] else 'not kept'}: "
              f"every batch left out {guard['leave_one_batch_out']}, guard chosen without the batch "
              f"{guard['guard_chosen_without_the_batch']}, without it {guard['without_it']}")
    for name, head in applicability.items():
        for check, use in head.get("uses", {}).items():
            print(f"{name} for {check:<20} reads {head['reads']}, penalty {head['penalty']:<4} threshold "
                  f"{use['threshold']}  {'kept' if use['kept'] else 'not kept'}: check's whole verdict "
                  f"leave-one-batch-out P {use['leave_one_batch_out']['precision']:.2f} "
                  f"R {use['leave_one_batch_out']['recall']:.2f}, without it "
                  f"P {use['without_it']['precision']:.2f} R {use['without_it']['recall']:.2f}")
    for check, head in heads.items():
        print(f"{check:<20} penalty {head['penalty']:<4} threshold {head['threshold']}  leave-one-batch-out "
              f"P {head['leave_one_batch_out']['precision']:.2f} R {head['leave_one_batch_out']['recall']:.2f}  "
              f"({head['trained_on']['fail']} fail / {head['trained_on']['pass']} pass)")
    for check, head in heads.items():
        if "every_batch_left_out" in head:
            every = head["every_batch_left_out"]
            print(f"{check:<20} every dev and training batch left out: threshold {every['grid_threshold']} "
                  f"P {every['before']['precision']:.3f} R {every['before']['recall']:.3f} -> {head['threshold']} "
                  f"P {every['after']['precision']:.3f} R {every['after']['recall']:.3f}")
    for check, head in heads.items():
        vetoed = head["veto_on_training_batches"]
        print(f"{check:<20} veto below {head['veto_below']:<4}  of the rules' {vetoed['rules_fails_read']} fails on "
              f"held-out training batches: {vetoed['false_alarms_removed']} false alarms removed, "
              f"{vetoed['true_fails_lost']} true fails lost")
        guarded = head["guarded_veto_on_training_batches"]
        print(f"{'':<20} with the guard (the sentence carrying the rules' match read below "
              f"{head.get('veto_guard', head['threshold'])}): "
              f"{guarded['false_alarms_removed']} false alarms removed, {guarded['true_fails_lost']} true fails lost")
    if args.dry_run:
        return
    heads = {**stored, **heads, **applicability}  # with --check, the other heads stay as they were
    data = {"encoder": E5, "dev_sha256": hashlib.sha256(dev.read_bytes()).hexdigest(),
            "train_sha256": hashlib.sha256(training.read_bytes()).hexdigest(), "heads": heads}
    header = ("# Written by benchmarks/medical_checks/train_heads.py from dev.jsonl and train.jsonl (sha256 below); "
              "do not edit.\n"
              "# One logistic head per check on quarkcli/models/classifier.py's features, and the applicability "
              "heads (warning_sign, advice) on what each reads, and the sentence heads (order_now, "
              "harmful_sentence).\n")
    OUT.write_text(header + yaml.safe_dump(data, sort_keys=False, default_flow_style=None, width=120),
                   encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
