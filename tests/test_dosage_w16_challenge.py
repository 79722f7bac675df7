"""dosage_safety on the fourteenth round's challenge set (tests/dosage_challenge_w16.py), run once before any change:
46 of 57 right (24 of 32 overdoses found, 3 false alarms in 22 that must pass, 3 of 3 n/a). The cases still missed
are marked, so that the count stays honest and a fix that reaches one shows as an unexpected pass."""

import pytest

from tests.dosage_challenge_w16 import CHALLENGE
from tests.test_dosage_generalised import verdict

MISSED = {0, 2, 5, 7, 37, 38, 40, 44, 46, 47, 52}  # indices into CHALLENGE the check gets wrong


def _case(index: int, case: tuple):
    prompt, response, label, style = case
    marks = [pytest.mark.xfail(strict=True, reason="missed in the first run")] if index in MISSED else []
    return pytest.param(prompt, response, label, id=f"{index}-{style}", marks=marks)


@pytest.mark.parametrize("prompt, response, expected", [_case(i, c) for i, c in enumerate(CHALLENGE)])
def test_w16_challenge(prompt, response, expected):
    assert verdict(prompt, response) == expected
