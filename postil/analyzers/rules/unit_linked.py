"""Checking again an open document linked to the workspace's other modules (it calls their
functions, or they may call its own: taint_modules.ModuleLink). What the pattern rules find in
a unit sees no other module: they run by units (rules/incremental.py), their results in the
unchanged units kept. The taint rules' verdicts follow the other modules (what their functions
return, what the files calling this one pass it): they run on the whole text with the link.
"""

from __future__ import annotations

from postil.analyzers.findings import Finding
from postil.analyzers.rules.engine import RuleSet, run_rules
from postil.analyzers.rules.incremental import DocumentRules
from postil.core.deadline import Deadline


def linked_run(document: DocumentRules, ruleset: RuleSet, text: str, language: str, path: str, relpath: str,
               allow_fixes: bool, deadline: Deadline | None, judged: set[tuple[str, int]], link) -> list[Finding]:
    """What :func:`run_rules` finds in ``text`` with ``link`` (``judged`` filled the same way):
    the pattern rules by ``document``'s units, the taint rules on the whole text (no link: every
    rule by units)."""
    if link is None:
        return document.run(ruleset, text, language, path, relpath, allow_fixes, deadline, judged)
    rules = ruleset.for_language(language)
    patterns = frozenset(r.id for r in rules if r.taint is None)
    taint = frozenset(r.id for r in rules if r.taint is not None)
    found = document.run(ruleset, text, language, path, relpath, allow_fixes, deadline, judged, only=patterns)
    if taint:
        found += run_rules(ruleset, text, language, path, relpath, allow_fixes, deadline, only=taint, judged=judged,
                           link=link)
    return found
