"""A rule the model proposed is searched through the rule checks it is given (the language
server's run in its check process, stopped past its bound on a file the rule is stuck on): a
search stopped refuses the rule, naming the file; the rule text is vetted before any search, and
again where the search runs (the request is untrusted like the model's YAML)."""

from __future__ import annotations

import pytest
from learned_rule import ORDERS, RULE

from postil.analyzers.llm.learned_rule_search import search
from postil.analyzers.llm.learned_rule_vetting import vet
from postil.analyzers.llm.rule_checks import InProcessRules, RulesStopped

ORIGINAL = "        result += item.price\n"
FIXED = "        result += item.price or 0\n"


class StuckOn(InProcessRules):
    """The searches of this process, but the one of ``stuck`` is stopped."""

    def __init__(self, stuck: str) -> None:
        super().__init__()
        self.stuck, self.searched = stuck, []

    def learned_search(self, path, text, document, fix):
        self.searched.append(str(path))
        if str(path) == self.stuck:
            raise RulesStopped(f"the rules' check of {path.name} was stopped")
        return super().learned_search(path, text, document, fix)


def vetted(rule: str, rules):
    files = [("orders.py", ORDERS), ("data/catalogue.py", "S = {'a', 'b'}\n"), ("shop.py", ORIGINAL)]
    return vet(rule, prefix="shop", language="python", original=ORIGINAL, fixed=FIXED, message="price may be None",
               files=iter(files), rules=rules)


def test_a_search_stopped_refuses_the_rule_naming_the_file():
    rules = StuckOn("data/catalogue.py")
    verdict = vetted(RULE, rules)
    assert verdict.refused is not None and "catalogue.py was stopped" in verdict.refused
    assert rules.searched[-2:] == ["orders.py", "data/catalogue.py"]  # shop.py never searched


def test_the_same_rule_lists_its_matches_in_this_process():
    verdict = vetted(RULE, InProcessRules())
    assert verdict.refused is None and [str(m) for m in verdict.matches] == ["orders.py:4", "shop.py:1"]


def test_a_rule_text_refused_is_never_searched():
    rules = StuckOn("")
    verdict = vetted(RULE.replace("rule:\n", "taint: {}\nrule:\n"), rules)
    assert verdict.refused == "invalid rule: unexpected key `taint`" and rules.searched == []


@pytest.mark.parametrize("document", [
    {"id": "x", "language": "python", "message": "m", "rule": {"pattern": "$A"}, "taint": {}},
    {"id": "x", "language": "python", "message": "m", "rule": {"regex": r"(a+)\1"}},
    {"id": "x", "language": "python", "message": "m", "rule": {"no-such-key": 1}},
    "id: x",
])
def test_the_search_vets_the_rule_again(document):
    with pytest.raises(ValueError, match="vetted rule|rule document"):
        search(document, "x = 1\n", False)
