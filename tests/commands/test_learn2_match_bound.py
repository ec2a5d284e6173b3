"""Listing a learned rule's workspace matches is bounded in time (issue 36): on a workspace too
large to search in the bound, the search stops, says so, and the rule is offered for editing
(its match list is not every match), never saved as is."""

from __future__ import annotations

from postil.analyzers.llm import learned_rule_vetting
from postil.learn import Proposal
from tests.analyzers.llm.learned_rule import ORDERS, RULE

SHOP = "def total(items):\n    result = 0\n    for item in items:\n        result += item.price\n    return result\n"
FIXED = "def total(items):\n    result = 0\n    for item in items:\n        result += item.price or 0\n    return result\n"


def _workspace(files: int, read: list[str]):
    for number in range(files):
        read.append(f"orders{number}.py")
        yield f"orders{number}.py", ORDERS


def _vet(files, **bound):
    return learned_rule_vetting.vet(RULE, prefix="shop", language="python", original=SHOP, fixed=FIXED,
                       message="price may be None", files=files, **bound)


def test_a_search_past_its_bound_stops_says_so_and_the_rule_is_offered_for_editing():
    read: list[str] = []
    verdict = _vet(_workspace(200, read), match_seconds=0)
    assert verdict.refused is None
    assert len(read) < 200  # the search stopped: not every file was read
    assert verdict.unlisted is not None and "there may be more matches" in verdict.unlisted
    assert verdict.needs_review
    why = Proposal(finding=None, verdict=verdict, rule_text=RULE, tests_text="").needs_editing
    assert why is not None and why.startswith("listing its matches stopped after")


def test_a_search_within_its_bound_lists_every_match():
    read: list[str] = []
    verdict = _vet(_workspace(3, read))
    assert read == ["orders0.py", "orders1.py", "orders2.py"]
    assert [str(m) for m in verdict.matches] == ["orders0.py:4", "orders1.py:4", "orders2.py:4"]
    assert verdict.unlisted is None and not verdict.needs_review
