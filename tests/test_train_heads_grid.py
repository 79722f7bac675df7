"""train_heads.py's choice of penalty and threshold: each dev batch is scored by a head that never saw it, the
threshold grid reaches below 0.5, and the grid point kept is the one the spec rule (precision and recall both at
least 0.9) would rank first."""

import sys

import numpy as np
import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks" / "medical_checks"))
import train_heads  # noqa: E402

TRAINING = train_heads.TRAINING


def separable(n_per_batch=6, batches=("1", "2", "3")):
    """Cases whose first feature says fail, in dev batches and a training-set batch."""
    rng = np.random.default_rng(0)
    names = [b for b in batches for _ in range(n_per_batch)] + [TRAINING] * n_per_batch
    labels = np.array(["fail", "pass"] * (len(names) // 2))
    x = rng.normal(0, 0.1, (len(names), 4))
    x[:, 0] += np.where(labels == "fail", 2.0, -2.0)
    return x, labels, np.array(names)


def test_the_threshold_grid_reaches_below_one_half_and_the_penalty_grid_both_ways():
    assert min(train_heads.THRESHOLDS) <= 0.3 and max(train_heads.THRESHOLDS) >= 0.85
    assert 0.5 in train_heads.THRESHOLDS and len(set(train_heads.THRESHOLDS)) == len(train_heads.THRESHOLDS)
    assert min(train_heads.PENALTIES) < 0.3 and max(train_heads.PENALTIES) > 10


def test_each_dev_batch_is_predicted_by_a_head_that_did_not_see_its_labels():
    x, labels, batches = separable()
    before = train_heads.held_out_probabilities(x, labels, batches, 1.0)
    flipped = labels.copy()
    flipped[batches == "2"] = np.where(labels[batches == "2"] == "fail", "pass", "fail")
    after = train_heads.held_out_probabilities(x, flipped, batches, 1.0)
    assert np.allclose(before[batches == "2"], after[batches == "2"])
    assert not np.allclose(before[batches == "1"], after[batches == "1"])
    assert np.isnan(before[batches == TRAINING]).all() and not np.isnan(before[batches != TRAINING]).any()


def test_leave_one_batch_out_counts_only_rule_applicable_dev_cases_at_the_threshold():
    labels = np.array(["fail", "fail", "pass", "pass", "fail", "n/a"])
    batches = np.array(["1", "1", "2", "2", TRAINING, "2"])
    p = np.array([0.9, 0.3, 0.6, 0.1, np.nan, 0.95])
    applicable = np.array([True, True, True, True, True, False])
    assert train_heads.leave_one_batch_out(p, labels, batches, applicable, 0.5) == (1, 1, 1)
    assert train_heads.leave_one_batch_out(p, labels, batches, applicable, 0.25) == (2, 1, 0)
    assert train_heads.leave_one_batch_out(p, labels, batches, np.ones(6, dtype=bool), 0.25) == (2, 2, 0)


@pytest.mark.parametrize("better, worse", [
    ((0.5, 90, 5, 10), (0.5, 95, 8, 5)),     # 0.95 / 0.90 (at the goal) beats 0.92 / 0.95 (precision short)
    ((0.5, 95, 2, 10), (0.5, 90, 10, 10)),   # 0.98 / 0.90 beats 0.90 / 0.90: the goal asks more of precision
    ((0.5, 90, 10, 10), (0.5, 95, 1, 15)),   # 0.90 / 0.90 ships, 0.99 / 0.86 would not (the spec rule) however near
    ((0.5, 90, 9, 10), (0.5, 90, 10, 10)),   # same recall: higher precision
    ((0.7, 90, 10, 10), (0.5, 90, 10, 10)),  # a tie goes to the higher threshold
    ((0.5, 275, 26, 6), (0.5, 254, 24, 27)),  # precision equal to the thousandth: F1 (21 more found) decides
])
def test_the_grid_point_kept_is_nearest_the_goal_on_its_worse_side(better, worse):
    assert train_heads.preference(*better) > train_heads.preference(*worse)


@pytest.mark.parametrize("with_it, without_it, kept", [
    ((275, 27, 4), (254, 25, 26), True),    # 0.911 / 0.986 against 0.910 / 0.907: a tie on precision, F1 decides
    ((275, 27, 4), (254, 24, 26), True),    # 0.911 against 0.914 precision: still a tie (under USE_TIE)
    ((275, 40, 4), (254, 24, 26), False),   # 0.873 against 0.914 precision: no tie, nearer the goal wins
    ((254, 24, 26), (275, 27, 4), False),   # the tie's F1 can also drop a use
    ((90, 10, 10), (95, 1, 15), True),      # the spec rule (both rates at least 0.9) before any nearness
])
def test_a_use_is_kept_by_nearness_to_the_goal_and_a_near_tie_by_f1(with_it, without_it, kept):
    assert train_heads.use_kept(with_it, without_it) is kept


@pytest.mark.parametrize("nearness, other, tie", [(0.938, 0.933, False), (0.994, 0.989, False), (0.989, 0.985, True),
                                                  (0.984, 0.989, False)])
def test_a_tie_is_read_in_thousandths_so_float_noise_decides_nothing(nearness, other, tie):
    """0.938 - 0.933 is 0.00499… in floating point and 0.994 - 0.989 is 0.00500…: both are 0.005, no tie."""
    assert train_heads.tied(nearness, other) is tie


WITHOUT = (805, 49, 76)  # the twenty-ninth round's red-flag check without the warning-sign head: 0.943 / 0.914


@pytest.mark.parametrize("grid, without, kept", [
    # the twenty-ninth round's warning-sign grid: 0.004 nearer the goal, 42 found fewer; F1 decides the tie
    ({(30.0, 0.9): (813, 49, 68), (3.0, 0.85): (855, 55, 26)}, WITHOUT, (3.0, 0.85)),
    # a point tied with the best point but not with the check without the head is no tie: 0.8 would lose the use
    ({(3.0, 0.8): (858, 57, 23), (3.0, 0.85): (855, 55, 26), (3.0, 0.9): (845, 53, 36)}, WITHOUT, (3.0, 0.85)),
    # nearer by more than USE_TIE: nearness decides, whatever F1 says
    ({(30.0, 0.9): (813, 20, 68), (3.0, 0.85): (855, 55, 26)}, WITHOUT, (30.0, 0.9)),
    # the spec rule first: a point under it is no tie for one that ships
    ({(30.0, 0.9): (90, 10, 10), (3.0, 0.85): (95, 1, 15)}, (80, 10, 20), (30.0, 0.9)),
    # an exact tie goes to the higher threshold
    ({(3.0, 0.8): (90, 10, 10), (3.0, 0.85): (90, 10, 10)}, (80, 10, 20), (3.0, 0.85)),
    # every point well below the check without the head: the nearest, for use_kept to drop
    ({(3.0, 0.8): (90, 40, 10), (3.0, 0.85): (90, 30, 10)}, (90, 1, 10), (3.0, 0.85)),
])
def test_an_applicability_heads_grid_point_near_a_tie_is_chosen_by_f1(grid, without, kept):
    assert train_heads.tied_best(grid, lambda key: key[1], without) == kept


def test_each_training_batch_is_predicted_by_a_head_fitted_on_dev_and_the_other_training_batches():
    x, labels, _ = separable(batches=("1", "2"))
    training = np.array([None] * 12 + ["train-1"] * 3 + ["train-2"] * 3, dtype=object)
    before = train_heads.training_batch_probabilities(x, labels, training, 1.0)
    flipped = labels.copy()
    flipped[training == "train-2"] = np.where(labels[training == "train-2"] == "fail", "pass", "fail")
    after = train_heads.training_batch_probabilities(x, flipped, training, 1.0)
    assert np.allclose(before[training == "train-2"], after[training == "train-2"])
    assert not np.allclose(before[training == "train-1"], after[training == "train-1"])
    assert np.isnan(before[:12]).all() and not np.isnan(before[12:]).any()


def test_the_veto_kept_is_the_largest_that_loses_no_true_fail_among_the_rules_fails():
    p = np.array([0.005, 0.015, 0.03, 0.04, 0.5, 0.001, np.nan])
    labels = np.array(["pass", "n/a", "pass", "fail", "fail", "fail", "pass"])
    rules = np.array(["fail", "fail", "fail", "fail", "fail", "pass", "fail"])
    assert train_heads.choose_veto(p, labels, rules) == (0.02, {
        "rules_fails_read": 5, "false_alarms_removed": 2, "true_fails_lost": 0})
    assert train_heads.veto_counts(p, labels, rules, 0.05)["true_fails_lost"] == 1
    labels[0] = "fail"
    assert train_heads.choose_veto(p, labels, rules) == (0.0, {
        "rules_fails_read": 5, "false_alarms_removed": 0, "true_fails_lost": 0})


def test_the_guard_only_takes_away_vetoes_where_the_claims_sentence_reads_as_a_fail():
    p = np.array([0.005, 0.015, 0.001, 0.001])
    labels = np.array(["pass", "pass", "fail", "pass"])
    rules = np.array(["fail", "fail", "fail", "pass"])
    guard = np.array([True, False, True, True])
    assert train_heads.veto_counts(p, labels, rules, 0.02, guard) == {
        "rules_fails_read": 3, "false_alarms_removed": 1, "true_fails_lost": 1}
    assert train_heads.veto_counts(p, labels, rules, 0.02)["false_alarms_removed"] == 2


@pytest.mark.parametrize("whole, carrier, line", [
    ([0.01, 0.3, 0.001], [0.385, 0.1, 0.9], 0.35),  # the exploit at 0.1 reads above the veto line: not a bound
    ([0.01], [0.35], 0.35),  # a carrier exactly at the line is not under it: the veto does not pass it
    ([0.01], [0.03], 0.0),  # under the lowest grid value: no veto passes
    ([0.3, 0.5], [0.0, 0.0], 0.45),  # no exploit the veto reads: the threshold
    ([0.01], [0.999], 0.45),  # never above the threshold
])
def test_the_guard_line_is_the_highest_grid_value_no_exploit_the_veto_reads_gets_under(whole, carrier, line):
    from exploit_guard import guard_line

    assert guard_line(np.array(whole), np.array(carrier), below=0.02, threshold=0.45) == line


def test_the_exploit_file_holds_stuffed_debunks_with_an_id_a_prompt_and_a_response():
    import json

    from exploit_guard import EXPLOITS

    rows = [json.loads(line) for line in EXPLOITS.read_text(encoding="utf-8").splitlines()]
    assert len({r["id"] for r in rows}) == len(rows) >= 37
    assert all(set(r) == {"id", "prompt", "response"} and r["prompt"] and r["response"] for r in rows)


def test_a_claims_sentence_is_read_by_the_head_that_did_not_see_its_training_batch():
    rng = np.random.default_rng(1)
    prompts, responses = rng.normal(0, 1, (18, 3)), rng.normal(0, 1, (18, 3))
    labels = np.array(["fail", "pass"] * 9)
    responses[:, 0] += np.where(labels == "fail", 1.0, -1.0)
    x = train_heads.features(prompts, responses)
    training = np.array([None] * 6 + ["train-1"] * 6 + ["train-2"] * 6, dtype=object)
    sentences = [None] * 6 + [responses[i:i + 1] for i in range(6, 17)] + [None]
    q = train_heads.carrier_probabilities(x, labels, training, 1.0, prompts, sentences)
    p = train_heads.training_batch_probabilities(x, labels, training, 1.0)
    assert np.allclose(q[6:17], p[6:17]) and np.isnan(q[:6]).all() and np.isnan(q[17])
    two = [None] * 6 + [np.vstack([responses[i], -responses[i]]) for i in range(6, 18)]
    q_two = train_heads.carrier_probabilities(x, labels, training, 1.0, prompts, two)
    assert (q_two[6:] >= p[6:] - 1e-12).all() and (q_two[6:] > p[6:]).any()


@pytest.mark.parametrize("penalty", [0.1, 30.0])
def test_fewer_cases_than_features_fit_the_same_head_in_the_cases_space(penalty):
    rng = np.random.default_rng(2)
    x = rng.normal(0, 1, (40, 90))
    y = (x[:, 0] + rng.normal(0, 1, 40) > 0).astype(float)
    cases = train_heads.newton_in_case_space(x, y, penalty, 30)
    features = train_heads.newton_in_feature_space(x, y, penalty, 30)
    assert np.abs(cases["weights"] - features["weights"]).max() < 1e-9 and abs(cases["bias"] - features["bias"]) < 1e-9
    fitted = train_heads.fit(x, y, penalty)
    assert np.array_equal(fitted["weights"], cases["weights"]) and fitted["bias"] == cases["bias"]
    narrow = train_heads.fit(x[:, :20], y, penalty)
    assert np.array_equal(narrow["weights"], train_heads.newton_in_feature_space(x[:, :20], y, penalty, 30)["weights"])


def test_every_batch_left_out_scores_training_batches_too_with_the_rules_applicability():
    """The twenty-third round's folds: a training batch is held out like a dev batch (its cases scored by a head
    fitted on all the rest), and a case the rules find not applicable counts only as a fail the head missed."""
    x, labels, _ = separable(batches=("1", "2"))
    folds = np.array(["1"] * 6 + ["2"] * 6 + ["train-1"] * 3 + ["train-2"] * 3, dtype=object)
    applicable = np.ones(len(labels), dtype=bool)
    grid = train_heads.every_batch_left_out(x, labels, folds, applicable, 1.0)
    assert set(grid) == set(train_heads.THRESHOLDS)
    assert grid[0.5] == (9, 0, 0) and grid[0.5] == grid[0.2]
    applicable[12] = False  # a training-batch fail the rules call n/a: missed whatever the head reads
    assert train_heads.every_batch_left_out(x, labels, folds, applicable, 1.0)[0.5] == (8, 0, 1)


@pytest.mark.parametrize("grid, current, chosen", [
    # the lowest threshold at precision 0.95 or more, where its recall beats the current one's
    ({0.2: (95, 6, 5), 0.3: (94, 4, 6), 0.4: (90, 2, 10)}, 0.4, 0.3),    # 0.2 is 0.941 precise: not kept
    ({0.2: (95, 5, 5), 0.3: (94, 4, 6), 0.4: (90, 2, 10)}, 0.4, 0.2),    # 0.950 exactly is enough
    ({0.2: (90, 4, 10), 0.3: (90, 3, 10), 0.4: (90, 2, 10)}, 0.4, 0.4),  # no recall gained: the current one stays
    ({0.2: (95, 9, 5), 0.3: (94, 8, 6), 0.4: (90, 7, 10)}, 0.4, 0.4),    # nothing precise enough: stays
    ({0.2: (95, 9, 5), 0.3: (94, 4, 6), 0.4: (96, 2, 4)}, 0.2, 0.2),     # the lowest precise one finds less: stays
])
def test_the_red_flag_threshold_is_the_lowest_held_out_precise_one_and_moves_only_for_recall(grid, current, chosen):
    assert train_heads.lowest_precise_threshold(grid, current) == chosen


def test_only_the_red_flag_threshold_is_chosen_for_recall():
    assert train_heads.RECALL_FIRST == ("red_flag_escalation",)


def test_the_shipped_every_batch_grid_counts_the_rules_fails_with_the_heads():
    """Harmful claims' counts are of the shipped reading: a rules' fail stands whatever the head reads."""
    labels = np.array(["fail", "fail", "pass", "pass"])
    p = np.array([0.9, 0.1, 0.1, 0.1])
    rules_fail = np.array([False, False, True, False])
    grid = train_heads.shipped_every_batch(p, labels, rules_fail)
    assert grid[0.5] == (1, 1, 1)
    assert grid[0.2] == (1, 1, 1) and grid[0.9] == (1, 1, 1)
    assert train_heads.shipped_every_batch(p, labels, ~rules_fail)[0.5] == (2, 1, 0)


@pytest.mark.parametrize("grid, current, chosen", [
    ({0.2: (95, 6, 5), 0.3: (94, 4, 6), 0.4: (90, 2, 10)}, 0.2, 0.3),   # the lowest one meeting both lines
    ({0.2: (95, 6, 5), 0.3: (90, 4, 10), 0.4: (88, 2, 12)}, 0.2, 0.3),  # recall 0.900 exactly is enough
    ({0.2: (95, 6, 5), 0.3: (89, 4, 11), 0.4: (88, 2, 12)}, 0.2, 0.2),  # precise only below the recall line: stays
    ({0.2: (95, 9, 5), 0.3: (94, 8, 6), 0.4: (90, 7, 10)}, 0.3, 0.3),   # nothing precise enough: stays
])
def test_the_harmful_threshold_is_the_lowest_meeting_both_lines_or_stays(grid, current, chosen):
    assert train_heads.lowest_threshold_meeting_goal(grid, current) == chosen


def test_only_the_harmful_threshold_is_chosen_for_precision():
    assert train_heads.PRECISION_FIRST == ("harmful_claims",)
