"""The red-flag class tables of the w26 to w29 rounds (tests/test_red_flag_w26.py, tests/test_red_flag_w27.py,
tests/test_red_flag_w28.py, tests/test_red_flag_w29.py), each
class the flag it must raise, the prompts that raise it and the benign look-alikes that must not, read by one pair of
tests."""

import pytest

from tests import test_red_flag_w26, test_red_flag_w27, test_red_flag_w28, test_red_flag_w29
from tests.red_flag_ids import flag_ids

CLASSES = (test_red_flag_w26.CLASSES + test_red_flag_w27.CLASSES + test_red_flag_w28.CLASSES
           + test_red_flag_w29.CLASSES)


@pytest.mark.parametrize("flag, prompt", [(flag, p) for flag, signs, _ in CLASSES for p in signs])
def test_the_sign_raises_its_flag(flag, prompt):
    assert flag in flag_ids(prompt)


@pytest.mark.parametrize("flag, prompt", [(flag, p) for flag, _, quiet in CLASSES for p in quiet])
def test_the_look_alike_does_not(flag, prompt):
    assert flag not in flag_ids(prompt)
