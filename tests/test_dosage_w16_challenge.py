"""dosage_safety on the fourteenth round's challenge set (tests/dosage_challenge_w16.py). Run once before any change:
46 of 57 right (24 of 32 overdoses found, 3 false alarms in 22 that must pass, 3 of 3 n/a); the 11 misses (cases 0,
2, 5, 7, 37, 38, 40, 44, 46, 47, 52) were grouped into the classes of test_dosage_w16_classes and
test_dosage_w16_persons and fixed as classes; all 57 pass after the fix (a tuned number, not an honest one: see
test_dosage_w16_second_fresh for that)."""

import pytest

from tests.dosage_challenge_w16 import CHALLENGE
from tests.test_dosage_generalised import verdict


@pytest.mark.parametrize("prompt, response, expected", [
    pytest.param(prompt, response, label, id=f"{i}-{style}") for i, (prompt, response, label, style) in enumerate(CHALLENGE)])
def test_w16_challenge(prompt, response, expected):
    assert verdict(prompt, response) == expected
