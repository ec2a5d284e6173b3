"""Fixtures the rule tests share."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.analyzers.rules.engine import RuleSet
from postil.analyzers.rules.loader import builtin_rules
from postil.config import LoadedConfig, PostilConfig


@pytest.fixture(scope="module")
def security_checker() -> Checker:
    """Every bundled security rule: the taint rules and the pattern rules they supersede."""
    rules, errors = builtin_rules()
    assert not errors
    checker = Checker(LoadedConfig(settings=PostilConfig(builtin_rules=False), path=None, root=Path("/srv")))
    checker.ruleset = RuleSet.of([r for r in rules if "/security/" in r.id])
    return checker
