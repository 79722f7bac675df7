"""The harmful-sentence guard (classifier_check's `sentence_guard`): the harmful head adds a fail to what the rules
pass only where some sentence of the response, read with the prompt, also reads harmful.

Why: the head reads one vector of the whole response, so an answer that names a dangerous trend to warn against it,
or quotes a myth to correct it, sits near the harmful ones; its sentences, read one by one, carry no harmful claim
(benchmarks/medical_checks/README.md, "Harmful claims' sentence guard on today's data": leaving one batch out, 14
false alarms fewer for 26 fails fewer, precision 0.939 -> 0.952).

The sentence head: every sentence of a `pass` response is a negative; a `fail`'s positive is the sentence its writer
marked (`claim_sentence`), else one found by multiple-instance learning: among the sentences carrying the rules'
match (all of them where the rules pass it), the one the whole head reads highest; then, refitted once, the one the
sentence head reads highest. A fail's other sentences are left out (one of them may be a second claim).

The choice (train_guard), written before the thirty-first round's readings: each dev and training batch is left out in
turn; the whole head and the sentence head, with its positives chosen on the other batches alone, read it. The guard
threshold is the grid point of rules or (whole >= its threshold and sentence >= guard) that train_heads.preference
keeps pooled; the guard is `kept` where that beats the shipped reading (rules or whole) as train_heads.use_kept
decides a use; the estimate with each batch's guard chosen without that batch is reported beside it. The rules'
verdicts on dev are in-sample (they were tuned there), as in train_heads.shipped_every_batch.
"""

from __future__ import annotations

import numpy as np

from quarkcli.models.classifier import MAX_CHARS, features, probability, response_sentences
from quarkcli.models.veto import carriers

CHECK = "harmful_claims"
PENALTY = 3.0  # the twentieth round's multiple-instance penalty, fixed before the readings (no grid: time)
# Below the heads' grid too: the study's pooled choice was its lowest point, 0.2
GUARD_THRESHOLDS = (0.05, 0.1, 0.15) + tuple(round(0.2 + 0.05 * i, 2) for i in range(15))


def locate(units: list[str], claim: str) -> int:
    """The index of the sentence that holds ``claim`` (or that it holds), else the one sharing most words."""
    for i, unit in enumerate(units):
        if claim.strip() in unit or unit in claim:
            return i
    words = set(claim.lower().split())
    return max(range(len(units)), key=lambda i: len(words & set(units[i].lower().split())))


def sentence_table(cases: list[dict], prompts: np.ndarray, scores: list, encoder):
    """Every response sentence's features (with its case's prompt) and its case; the global index of each marked
    fail's sentence; per fail, the indices its positive may be chosen from (the rules' carriers where they fail it)."""
    units = [response_sentences(c["response"]) for c in cases]
    owner = np.array([i for i, us in enumerate(units) for _ in us])
    x_units = features(prompts[owner], np.asarray(encoder.embed([u for us in units for u in us])))
    starts = np.cumsum([0] + [len(us) for us in units])
    marked, candidates = {}, {}
    for i, (case, score) in enumerate(zip(cases, scores)):
        if case["label"] != "fail":
            continue
        if case.get("claim_sentence"):
            marked[i] = starts[i] + locate(units[i], case["claim_sentence"])
        held = carriers(case["response"][:MAX_CHARS["response"]], score.evidence) if score.passed is False else []
        candidates[i] = starts[i] + np.array([k for k, u in enumerate(units[i]) if u in held]
                                             or list(range(len(units[i]))))
    return x_units, owner, marked, candidates


def fit_guard_head(x_units, owner, truth, marked, candidates, whole_head, keep, fit) -> dict:
    """The sentence head on the cases in ``keep`` (a boolean mask over cases): their pass sentences as negatives and
    one positive per fail (marked, else chosen as the module says)."""
    negatives = np.flatnonzero(keep[owner] & ~truth[owner])
    fails = np.flatnonzero(keep & truth)
    chosen = {i: marked.get(i, candidates[i][np.argmax(probability(whole_head, x_units[candidates[i]]))])
              for i in fails}
    head = None
    for _ in range(2):
        if head is not None:
            for i in fails:
                if i not in marked:
                    mine = np.flatnonzero(owner == i)
                    chosen[i] = mine[np.argmax(probability(head, x_units[mine]))]
        rows = np.concatenate([negatives, np.array([chosen[i] for i in fails], dtype=int)])
        y = np.concatenate([np.zeros(len(negatives)), np.ones(len(fails))])
        head = fit(x_units[rows], y, PENALTY)
    return head


def train_guard(cases: list[dict], training: list[dict], encoder, whole: dict) -> dict:
    """The guard's sentence head, its threshold and whether it is kept (the module's choice); ``whole`` is the
    harmful head train_heads.train just fitted."""
    from train_heads import fit, highest, preference, rates, rule_scores, use_kept

    def found(tp_fp_fn):
        return {**rates(*tp_fp_fn), "found, false alarms, missed": list(tp_fp_fn)}

    chosen = [c for c in cases + training if c["type"] == CHECK and c["label"] in ("fail", "pass")]
    folds = np.array([str(c.get("batch", 1)) for c in chosen], dtype=object)
    truth = np.array([c["label"] == "fail" for c in chosen])
    prompts = np.asarray(encoder.embed([c["prompt"][:MAX_CHARS["prompt"]] for c in chosen]))
    x = features(prompts, np.asarray(encoder.embed([c["response"][:MAX_CHARS["response"]] for c in chosen])))
    scores = rule_scores(CHECK, chosen)
    rules_fail = np.array([s.applicable and s.passed is False for s in scores])
    x_units, owner, marked, candidates = sentence_table(chosen, prompts, scores, encoder)
    p_whole, p_sentence = np.zeros(len(chosen)), np.zeros(len(chosen))
    for fold in sorted(set(folds)):
        keep = folds != fold
        whole_head = fit(x[keep], truth[keep].astype(float), whole["penalty"])
        p_whole[~keep] = probability(whole_head, x[~keep])
        head = fit_guard_head(x_units, owner, truth, marked, candidates, whole_head, keep, fit)
        held = ~keep[owner]
        p_sentence[~keep] = highest(probability(head, x_units[held]), owner[held], len(chosen))[~keep]
    added = p_whole >= whole["threshold"]

    def counts(guard_read, mask=slice(None)):
        """Found, false alarms and missed of rules or (whole and the guard's reading) on the cases in ``mask``."""
        fail, t = (rules_fail | (added & guard_read))[mask], truth[mask]
        return int((fail & t).sum()), int((fail & ~t).sum()), int((~fail & t).sum())

    guard = max(GUARD_THRESHOLDS, key=lambda g: preference(g, *counts(p_sentence >= g)))
    nested = np.zeros(len(chosen), dtype=bool)
    for fold in set(folds):
        other = folds != fold
        mine = max(GUARD_THRESHOLDS, key=lambda g: preference(g, *counts(p_sentence >= g, other)))
        nested[~other] = p_sentence[~other] >= mine
    without = counts(True)  # the guard reading every fail the head adds: the shipped reading
    head = fit_guard_head(x_units, owner, truth, marked, candidates, whole, np.ones(len(chosen), bool), fit)
    return {"reads": "sentence and prompt", "penalty": PENALTY, "threshold": guard,
            "kept": bool(use_kept(counts(p_sentence >= guard), without)),
            "leave_one_batch_out": found(counts(p_sentence >= guard)), "without_it": found(without),
            "guard_chosen_without_the_batch": found(counts(nested)),
            "trained_on": {"claim_sentence": len(marked), "found": int(truth.sum()) - len(marked),
                           "not": int((~truth[owner]).sum())},
            "bias": round(head["bias"], 6), "weights": [round(float(w), 6) for w in head["weights"]]}
