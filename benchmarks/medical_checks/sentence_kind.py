"""Does a per-sentence "orders emergency care now" head read over-escalation better than the whole-response head?

Issue 13, twentieth round. Three rounds of per-class rule fixes moved no verdict of the next writer's batch, so this
tries a structural reading: the verdict as two readings, (a) does the prompt carry a warning sign (the rules'
applicability, and the warning-sign head where it confidently reads none, as classifier_check uses it), and (b) does
any sentence of the response order emergency care now, as opposed to a conditional safety net, a negation or a
mention. (b) is a logistic head on each sentence with the prompt (classifier.features of the prompt and the
sentence), trained on the batches whose writers marked the escalating sentence and its kind (`escalation_sentence`,
`escalation_kind`: the marked sentence is a positive where its kind is order_now, every other sentence a negative),
on every sentence of a response labeled pass (a pass answer to a benign question orders nothing), and, in a second
round (multiple-instance learning), on the sentence the first round reads highest in each response labeled fail.

Every variant is scored with the same folds: each training batch is one fold and the dev batches are cut into
DEV_FOLDS groups; each fold is predicted by heads fitted on all the others (the response head with its stored
penalty, the warning-sign head with its stored penalty on every case that says something about a sign). The rules
are not refitted (they were tuned on dev and on several training batches, which flatters them here). A variant's
threshold is the grid point train_heads.preference keeps on all folds pooled, so every variant gets the same
optimism. The test split is never read.

Usage: python benchmarks/medical_checks/sentence_kind.py [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np  # noqa: E402
import yaml  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from quarkcli.default_plugins.over_escalation import sentence_units  # noqa: E402
from quarkcli.models import E5  # noqa: E402
from quarkcli.models.classifier import MAX_CHARS, PROMPT_UNITS, STUFFED, features, probability  # noqa: E402
from quarkcli.models.encoder import shared_encoder  # noqa: E402
from applicability import counts, head_labels  # noqa: E402
from embedding_cache import CachedEncoder  # noqa: E402
from train_heads import (THRESHOLDS, fit, held_out_sentences, preference, rates, read_cases, rule_scores,  # noqa: E402
                         rule_verdicts, sentence_inputs)

CHECK = "over_escalation"
DEV_FOLDS = 5
# What ships (classifier_check's `order_now`, written by train_heads.py): the penalty best on all folds pooled, and
# the threshold that "shipped, and sentence must agree" keeps there (README: "Sentence-kind over-escalation head")
PENALTY, THRESHOLD = 1.0, 0.2
MARKED = ("train-13", "train-14", "train-19", "train-20")  # the batches whose writers marked the sentence


def plain(text: str) -> str:
    return " ".join(text.replace("*", "").replace("#", "").split()).strip(" -").lower()


def marked_index(units: list[str], sentence: str) -> int | None:
    """The unit holding the marked sentence (or held by it, where the writer's sentence spans two units)."""
    target = plain(sentence)
    for i, unit in enumerate(units):
        u = plain(unit)
        if u and (target in u or u in target):
            return i
    return None


def fold_of(case: dict) -> str:
    batch = case.get("batch")
    if isinstance(batch, str) and batch.startswith("train"):
        return batch
    return f"dev-{int(batch or 1) % DEV_FOLDS}"


def group_of(fold: str) -> str:
    return "dev" if fold.startswith("dev") else "marked training" if fold in MARKED else "other training"


def sentence_labels(cases: list[dict], units: list[list[str]]) -> list[np.ndarray]:
    """Per case, per unit: 1 order now, 0 not, NaN unknown (a fail or n/a response nobody marked)."""
    out = []
    for case, us in zip(cases, units):
        y = np.full(len(us), np.nan)
        if "escalation_kind" in case:
            y[:] = 0
            at = marked_index(us, case["escalation_sentence"])
            if case["escalation_kind"] == "order_now":
                y[:] = np.nan if at is None else 0
                if at is not None:
                    y[at] = 1
        elif case["label"] == "pass":
            y[:] = 0
        out.append(y)
    return out


def fit_order_now(x_units, y_units, owner, labels, penalty, mil: bool = True) -> dict:
    """The order-now head on the units with a known label; with ``mil``, refitted once with the highest-read unit of
    each fail response that has no marked positive as a positive (a fail answer orders care now somewhere)."""
    known = ~np.isnan(y_units)
    head = fit(x_units[known], y_units[known], penalty)
    if not mil:
        return head
    q = probability(head, x_units)
    y = y_units.copy()
    for case in np.flatnonzero(labels == "fail"):
        mine = np.flatnonzero(owner == case)
        if len(mine) and not (y[mine] == 1).any():
            y[mine[np.argmax(q[mine])]] = 1
    return fit(x_units[~np.isnan(y)], y[~np.isnan(y)], penalty)


def sentence_readings(x_units, owner, folds, y_units, labels, penalty, mil: bool) -> np.ndarray:
    """Each unit's P(order now) from a head fitted on the other folds (fit_order_now)."""
    p = np.full(len(owner), np.nan)
    unit_fold = folds[owner]
    for fold in sorted(set(folds)):
        mine = unit_fold != fold
        kept = np.flatnonzero(folds != fold)  # the other folds' cases, renumbered for their units' owners
        renumber = np.full(len(folds), -1)
        renumber[kept] = np.arange(len(kept))
        head = fit_order_now(x_units[mine], y_units[mine], renumber[owner[mine]], labels[kept], penalty, mil)
        held = ~mine
        p[held] = probability(head, x_units[held])
    return p


def order_now_units(cases: list[dict], prompts: np.ndarray, encoder):
    """Every unit's features (its vector with its case's prompt), its label (sentence_labels) and its case."""
    units = [sentence_units(c["response"][:MAX_CHARS["response"]]) for c in cases]
    owner = np.array([i for i, us in enumerate(units) for _ in us])
    y_units = np.concatenate(sentence_labels(cases, units))
    x_units = features(prompts[owner], np.asarray(encoder.embed([u for us in units for u in us])))
    return units, owner, y_units, x_units


def held_out(x, y, known, folds, penalty) -> np.ndarray:
    p = np.full(len(y), np.nan)
    for fold in sorted(set(folds)):
        held = folds == fold
        p[held] = probability(fit(x[~held & known], y[~held & known], penalty), x[held])
    return p


def best(name: str, make, labels: np.ndarray) -> dict:
    """The threshold train_heads.preference keeps for a variant ``make(threshold) -> fail mask``."""
    t = max(THRESHOLDS, key=lambda t: preference(t, *counts(make(t), labels)))
    return {"variant": name, "threshold": t, "fail": make(t)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the table here")
    parser.add_argument("--penalty", type=float, default=PENALTY,
                        help="the sentence head's L2 penalty (1.0: the best of 0.3 to 10 on all folds pooled)")
    args = parser.parse_args(argv)
    dev, training = read_cases(HERE / "dev.jsonl"), read_cases(HERE / "train.jsonl")
    cases = [c for c in dev + training if c["type"] == CHECK]
    stored = yaml.safe_load((HERE.parents[1] / "quarkcli" / "data" / "classifier_heads.yaml").read_text())["heads"]
    encoder = CachedEncoder(shared_encoder(E5), E5)
    labels = np.array([c["label"] for c in cases])
    folds = np.array([fold_of(c) for c in cases])
    scores = rule_scores(CHECK, cases)
    rules = rule_verdicts(CHECK, cases, scores)
    stuffed = np.array([any(e.startswith(STUFFED) for e in score.evidence) for score in scores])
    prompts = np.asarray(encoder.embed([c["prompt"][:MAX_CHARS["prompt"]] for c in cases]))
    responses = np.asarray(encoder.embed([c["response"][:MAX_CHARS["response"]] for c in cases]))

    head = stored[CHECK]
    y = (labels == "fail").astype(float)
    p_response = held_out(features(prompts, responses), y, labels != "n/a", folds, head["penalty"])

    sign = stored["warning_sign"]
    tagged = [{**c, "fold": fold_of(c)} for c in dev + training]
    signed, y_sign = head_labels("warning_sign", tagged)
    sign_folds = np.array([c["fold"] for c in signed])
    if sign["reads"] in PROMPT_UNITS:  # the head as classifier_check reads it: each unit, the highest kept
        p_sign_all = held_out_sentences(*sentence_inputs(signed, y_sign, encoder, sign["reads"]), sign_folds,
                                        sign["penalty"])
    else:
        x_sign = np.asarray(encoder.embed([c["prompt"][:MAX_CHARS["prompt"]] for c in signed])) * 10
        p_sign_all = held_out(x_sign, y_sign, np.ones(len(y_sign), dtype=bool), sign_folds, sign["penalty"])
    by_id = {c["id"]: p for c, p in zip(signed, p_sign_all)}
    p_sign = np.array([by_id.get(c["id"], 1.0) for c in cases])
    no_sign = (1 - p_sign) >= sign["uses"][CHECK]["threshold"]
    applicable = (rules != "n/a") | no_sign

    units, owner, y_units, x_units = order_now_units(cases, prompts, encoder)
    marked = [c for c in cases if "escalation_kind" in c]
    found = sum(marked_index(us, c["escalation_sentence"]) is not None
                for c, us in zip(cases, units) if "escalation_kind" in c)
    print(f"{len(cases)} cases, {len(owner)} sentences; marked sentence found in {found} of {len(marked)}; "
          f"sentence labels: {int((y_units == 1).sum())} order now, {int((y_units == 0).sum())} not")

    def worst(p_units):
        s = np.zeros(len(cases))
        np.maximum.at(s, owner, p_units)
        return s

    s_plain, s = (worst(sentence_readings(x_units, owner, folds, y_units, labels, args.penalty, mil))
                  for mil in (False, True))
    read_again = (rules == "pass") | ((rules == "n/a") & no_sign)
    shipped = (rules == "fail") | (read_again & (p_response >= head["threshold"]))
    rules_fail = rules == "fail"
    variants = [
        {"variant": "rules", "threshold": None, "fail": rules_fail},
        {"variant": "classifier_check (shipped head)", "threshold": head["threshold"], "fail": shipped},
        best("sentence head (marked only), applicable", lambda t: applicable & (s_plain >= t), labels),
        best("sentence head + MIL, applicable", lambda t: applicable & (s >= t), labels),
        best("rules' applicability and a sentence (no sign head)", lambda t: (rules != "n/a") & (s >= t), labels),
        best("rules or sentence on the rules' pass", lambda t: rules_fail | (applicable & (s >= t)), labels),
        best("rules and sentence agree", lambda t: rules_fail & (s >= t), labels),
        best("rules and sentence; response head where they disagree",
             lambda t: applicable & np.where(rules_fail == (s >= t), rules_fail, p_response >= head["threshold"]),
             labels),
        best("shipped, and sentence must agree",
             lambda t: shipped & (s >= t), labels),
        best("as shipped now: shipped, and sentence must agree, stuffed lists stand",
             lambda t: shipped & ((s >= t) | stuffed), labels),
        best("shipped or sentence", lambda t: shipped | (applicable & (s >= t)), labels),
        best("mean of response head and sentence head, applicable",
             lambda t: applicable & ((s + p_response) / 2 >= t), labels),
    ]
    groups = np.array([group_of(f) for f in folds])
    table = []
    header = f"{'variant':<58} {'t':>5}  " + "  ".join(f"{g:<28}" for g in ("dev", "marked training",
                                                                            "other training", "all"))
    print(header)
    for v in variants:
        row = {"variant": v["variant"], "threshold": v["threshold"]}
        cells = []
        for g in ("dev", "marked training", "other training", "all"):
            mask = np.ones(len(groups), dtype=bool) if g == "all" else groups == g
            tp, fp, fn = counts(v["fail"][mask], labels[mask])
            r = rates(tp, fp, fn)
            row[g] = {**r, "tp": tp, "fp": fp, "fn": fn}
            cells.append(f"{r['precision']:.3f}/{r['recall']:.3f} ({tp},{fp},{fn})")
        table.append(row)
        print(f"{v['variant']:<58} {v['threshold'] or '':>5}  " + "  ".join(f"{c:<28}" for c in cells))
    if args.json:
        args.json.write_text(json.dumps({"sentence_penalty": args.penalty, "table": table},
                                        indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
