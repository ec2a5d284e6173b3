"""A pattern rule's matches: what its searched config finds, joined where the rule asks for a join
in place of ast-grep's walk (a repeat among a literal's items: repeated_siblings; what becomes of a
name an open() binds across its scope: scoped_names). The one place the engine's search, ``rules
test`` and a learned rule's vetting get a rule's matches from."""

from __future__ import annotations

from collections.abc import Callable

from postil.analyzers.rules.repeated_siblings import repeated_matches
from postil.analyzers.rules.scoped_names import scoped_matches


def matches_of(rule, find: Callable[[dict], list]) -> list:
    """A pattern rule's matches, ``find`` searching a config (the document's shared search)."""
    found = find(rule.config)
    if rule.repeats is not None:
        return repeated_matches(found, rule.repeats)
    if rule.scoped is not None:
        return scoped_matches(found, rule.scoped, find)
    return found


def rule_matches(rule, root) -> list:
    """A pattern rule's matches under ``root`` (an ast-grep node), searched alone."""
    return matches_of(rule, root.find_all)
