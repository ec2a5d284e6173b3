"""Conditions the code fixes are folded in Python and in JavaScript (issue 31, item 3): in
JavaScript only where the condition means the same as its Python spelling; anything JavaScript
reads otherwise (`!` binding tighter than `not`, loose `==`, chained comparisons, `%` of
negatives, doubles past 2**53, indexing past the end) is left unknown, so both arms stay."""

from __future__ import annotations

import pytest

from postil.analyzers.rules.taint_fold import fold


@pytest.mark.parametrize(("condition", "constants", "verdict"), [
    ("7 * 18 + num > 200", {"num": 106}, True),
    ("(7 * 18 + num > 200)", {"num": 12}, False),
    ("mode === 'custom' && limit >= 2", {"mode": "custom", "limit": 3}, True),
    ("mode !== 'custom' || 'a' + 'b' === 'ab'", {"mode": "custom"}, True),
    ("flag === true", {"flag": True}, True),
    ("'should'.length > 3", {}, None),  # a property: unknown
    ("!limit > 1", {"limit": 3}, None),  # `(!limit) > 1` there, `not (limit > 1)` in Python
    ("code == '1'", {"code": 1}, None),  # loose equality coerces
    ("1 < 2 < 1", {}, None),  # `(1 < 2) < 1` is `true < 1`: false there, and chained in Python
    ("-7 % 3 === 2", {}, None),  # -1 there, 2 in Python
    ("big * big > 0", {"big": 2**40}, None),  # past 2**53: not exact in a double
    ("'abc'[5] === undefined", {}, None),
    ("x in obj", {"x": "a"}, None),
    ("a + 1 > 2", {"a": "1"}, None),  # '11' there: a string and a number
])
def test_javascript_conditions_fold_only_where_they_mean_what_python_does(condition, constants, verdict):
    assert fold(condition, constants, javascript=True) is verdict


def test_python_conditions_fold_as_before():
    assert fold("7 * 18 + num > 200", {"num": 106}) is True
    assert fold("1 < 2 < 3", {}) is True
    assert fold('"should" not in "This should not"', {}) is False
    assert fold("x > 1", {}) is None


def test_a_condition_repeated_across_files_is_parsed_once_and_folded_with_each_file_s_constants():
    """The files of a tree repeat their conditions (`7 * 18 + num > 200` in every handler of a
    generated benchmark): the expression is parsed once, its value still each file's own."""
    from postil.analyzers.rules import taint_fold

    condition = "7 * 18 + num_once > 200"
    before = taint_fold.parsed_expression.cache_info()
    verdicts = [fold(condition, {"num_once": num}) for num in (106, 12, 106, 75)]
    after = taint_fold.parsed_expression.cache_info()
    assert verdicts == [True, False, True, True]
    assert after.misses - before.misses == 1 and after.hits - before.hits == 3
    assert fold("7 * 18 +", {}) is None and fold("7 * 18 +", {}) is None  # not an expression, twice
