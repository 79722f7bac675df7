"""Experiment: does a sentence-level harmful-claims head beat the whole-response head, leaving one batch out?

A whole-response vector mixes a myth with its correction. Here a head reads each response sentence (veto.py's
sentences, clauses after a colon or semicolon included) with the prompt, optionally with the next sentence (a
correction most often follows its myth), and a response fails where its most harmful sentence reaches a threshold.

Sentence labels: every sentence of a `pass` response is a negative; train.jsonl's batches train-18 and train-21 name
the harmful sentence of each fail (`claim_sentence`), its positive. A fail of another batch has one positive found by
multiple-instance learning: first the sentence carrying the rules' match (veto.carriers; every sentence when the
rules pass it, the one the whole head reads highest), then the sentence the sentence head reads highest, refitted
MIL_ROUNDS times on all labeled cases (the positive's choice sees every batch: a small leak, since it only picks
which sentence of a known fail is the positive). Its other sentences are left out.

Folds are train_heads.py's, the same for every variant: each dev batch and each training batch held out in turn
and predicted by heads fitted on every other batch. The whole head keeps its shipped penalty; the sentence head's
penalty and threshold are the pooled grid point train_heads.preference keeps. The rules were tuned on every dev batch,
so a combination with the rules is fair on the training batches only; both groups are reported. Never the test split.

Usage: python benchmarks/medical_checks/sentence_head.py [--json OUT] [--context C ...] [--penalty P ...]
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

from quarkcli.models import E5  # noqa: E402
from quarkcli.models.classifier import MAX_CHARS, features, probability  # noqa: E402
from quarkcli.models.encoder import shared_encoder  # noqa: E402
from quarkcli.models.veto import carriers, sentences  # noqa: E402
from embedding_cache import CachedEncoder  # noqa: E402
from harmful_sentence import locate  # noqa: E402
from train_heads import OUT, THRESHOLDS, fit, held_out_everywhere, preference, read_cases, rule_scores  # noqa: E402

CHECK = "harmful_claims"
PENALTIES = (1.0, 3.0, 10.0)
MIL_ROUNDS = 2
LABELED = {"train-18", "train-21"}
CONTEXTS = ("sentence", "sentence+next")


def sentence_features(prompt, units, nxt, context: str):
    """features(prompt, sentence), and with "sentence+next" the next sentence's vector (zeros after the last)."""
    x = features(np.repeat(prompt[None], len(units), 0), units)
    return np.hstack([x, nxt * 10]) if context == "sentence+next" else x


def counts(predicted, truth) -> tuple[int, int, int]:
    return int((predicted & truth).sum()), int((predicted & ~truth).sum()), int((~predicted & truth).sum())


def rates(tp, fp, fn) -> str:
    return f"P {tp / max(tp + fp, 1):.3f} R {tp / max(tp + fn, 1):.3f} (tp {tp}, fp {fp}, fn {fn})"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the table here")
    parser.add_argument("--context", action="append", choices=CONTEXTS, help="only these inputs (default: all)")
    parser.add_argument("--penalty", action="append", type=float, help="only these penalties (default: 1, 3, 10)")
    args = parser.parse_args(argv)
    dev = [c for c in read_cases(HERE / "dev.jsonl") if c["type"] == CHECK]
    training = [c for c in read_cases(HERE / "train.jsonl") if c["type"] == CHECK]
    cases = [c for c in dev + training if c["label"] in ("fail", "pass")]
    batches = np.array([str(c.get("batch", 1)) for c in cases], dtype=object)
    is_dev = np.array([not b.startswith("train") for b in batches])
    truth = np.array([c["label"] == "fail" for c in cases])
    encoder = CachedEncoder(shared_encoder(E5), E5)
    prompts = np.asarray(encoder.embed([c["prompt"][:MAX_CHARS["prompt"]] for c in cases]))
    responses = np.asarray(encoder.embed([c["response"][:MAX_CHARS["response"]] for c in cases]))
    scores = rule_scores(CHECK, cases)
    rules_fail = np.array([s.applicable and s.passed is False for s in scores])
    units = [sentences(c["response"][:MAX_CHARS["response"]]) or [c["response"][:MAX_CHARS["response"]]]
             for c in cases]
    flat = np.asarray(encoder.embed([u for us in units for u in us]))
    ends = np.cumsum([0] + [len(us) for us in units])
    vectors = [flat[a:b] for a, b in zip(ends[:-1], ends[1:])]
    nexts = [np.vstack([v[1:], np.zeros((1, v.shape[1]))]) for v in vectors]

    shipped = yaml.safe_load(OUT.read_text(encoding="utf-8"))["heads"][CHECK]
    whole_x = features(prompts, responses)
    p_whole = held_out_everywhere(whole_x, truth.astype(float), np.ones(len(cases), bool), batches,
                                  shipped["penalty"])
    whole = p_whole >= shipped["threshold"]

    # the positive sentence of each fail: its label, else the rules' carrier, else the whole head's highest reading
    whole_head = fit(whole_x, truth.astype(float), shipped["penalty"])
    positive = {}
    for i, c in enumerate(cases):
        if not truth[i]:
            continue
        if c.get("claim_sentence") and batches[i] in LABELED:
            positive[i] = (locate(units[i], c["claim_sentence"]), True)
            continue
        if rules_fail[i]:
            held = carriers(c["response"][:MAX_CHARS["response"]], scores[i].evidence)
            candidates = [k for k, u in enumerate(units[i]) if u in held] or list(range(len(units[i])))
        else:
            candidates = list(range(len(units[i])))
        read = probability(whole_head, features(np.repeat(prompts[i:i + 1], len(units[i]), 0), vectors[i]))
        positive[i] = (max(candidates, key=lambda k: read[k]), False)

    results = {"whole head": whole, "rules": rules_fail, "rules or whole head (shipped)": rules_fail | whole}
    table = {}
    for context in args.context or CONTEXTS:
        rows = [sentence_features(prompts[i], vectors[i], nexts[i], context) for i in range(len(cases))]
        chosen = dict(positive)
        for _ in range(MIL_ROUNDS + 1):
            x, y, owner = training_set(rows, truth, chosen)
            head = fit(x, y, 3.0)
            for i, (k, fixed) in chosen.items():
                if not fixed:
                    chosen[i] = (int(np.argmax(probability(head, rows[i]))), False)
        x, y, owner = training_set(rows, truth, chosen)
        grid = {}
        for penalty in args.penalty or PENALTIES:
            p = np.full(len(cases), np.nan)
            for batch in sorted(set(batches)):
                held = batches[owner] == batch
                head = fit(x[~held], y[~held], penalty)
                for i in np.flatnonzero(batches == batch):
                    p[i] = probability(head, rows[i]).max()
            for threshold in THRESHOLDS:
                grid[penalty, threshold] = (p, counts(p >= threshold, truth))
        (penalty, threshold), (p, _) = max(grid.items(), key=lambda kv: preference(kv[0][1], *kv[1][1]))
        sentence = p >= threshold
        name = f"sentence head [{context}] (penalty {penalty}, threshold {threshold})"
        results[name] = sentence
        results[f"rules or {name}"] = rules_fail | sentence
        results[f"rules or (whole and {context})"] = rules_fail | (whole & sentence)
        results[f"whole and {context}"] = whole & sentence
        results[f"rules or whole or {context}"] = rules_fail | whole | sentence
        # the guard's own threshold, chosen for the combination (same pooled LOBO, so a little optimistic)
        guard = max(THRESHOLDS, key=lambda t: preference(t, *counts(rules_fail | (whole & (p >= t)), truth)))
        results[f"rules or (whole and {context} >= {guard})"] = rules_fail | (whole & (p >= guard))
        results[f"rules or (whole and {context}), guard threshold chosen without the held-out batch"] = \
            rules_fail | (whole & nested_guard(p, rules_fail, whole, truth, batches))
    for name, predicted in results.items():
        table[name] = {group: counts(predicted[mask], truth[mask]) for group, mask in
                       (("dev batches", is_dev), ("training batches", ~is_dev), ("all", np.ones(len(cases), bool)))}
        table[name]["per batch"] = {b: counts(predicted[batches == b], truth[batches == b]) for b in sorted(set(batches))}
        print(name)
        for group in ("dev batches", "training batches", "all"):
            print(f"    {group:<17} {rates(*table[name][group])}")
    if args.json:
        args.json.write_text(json.dumps(table, indent=1), encoding="utf-8")


def nested_guard(p, rules_fail, whole, truth, batches) -> np.ndarray:
    """The guarded combination's sentence verdict with each batch's guard threshold chosen on the other batches
    alone: the honest version of picking it on the pooled folds."""
    read = np.zeros(len(p), dtype=bool)
    for batch in set(batches):
        other = batches != batch
        guard = max(THRESHOLDS, key=lambda t: preference(t, *counts(
            rules_fail[other] | (whole[other] & (p[other] >= t)), truth[other])))
        read[~other] = p[~other] >= guard
    return read


def training_set(rows, truth, chosen):
    """Every sentence of a pass as a negative, each fail's chosen sentence as its positive; the case of each row."""
    xs, ys, owner = [], [], []
    for i, r in enumerate(rows):
        if truth[i]:
            xs.append(r[chosen[i][0]:chosen[i][0] + 1])
            ys.append([1.0])
            owner.append(i)
        else:
            xs.append(r)
            ys.append(np.zeros(len(r)))
            owner.extend([i] * len(r))
    return np.vstack(xs), np.concatenate(ys), np.array(owner)


if __name__ == "__main__":
    main()
