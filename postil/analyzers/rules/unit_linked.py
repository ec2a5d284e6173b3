"""Checking again an open document linked to the workspace's other modules (it calls their
functions, or they may call its own: taint_modules.ModuleLink). Its rules run by units
(rules/incremental.py) with the link: the taint rules' verdicts follow the other modules too (what
their functions return, what the files calling this one pass it, request state their hooks fill).
A rule whose data may enter through the link counts as entering every unit it may, and the results
are kept while every module and directory read for them is the same (rules/link_inputs.py) and the
text's imports of the other modules are (else every unit is checked again; the pattern rules'
matches in a unit whose own text is the same are moved, not searched again: see _patterns_kept).
"""

from __future__ import annotations

from pathlib import Path

from postil.analyzers.findings import Finding
from postil.analyzers.rules.engine import RuleSet
from postil.analyzers.rules.incremental import DocumentRules
from postil.analyzers.rules.link_inputs import LinkInputs
from postil.core.deadline import Deadline


def linked_run(document: DocumentRules, ruleset: RuleSet, text: str, language: str, path: str, relpath: str,
               allow_fixes: bool, deadline: Deadline | None, judged: set[tuple[str, int]], modules,
               where: Path) -> list[Finding]:
    """What :func:`run_rules` finds in the text of the file ``where`` with its link to the
    workspace's ``modules`` (taint_modules.Workspace; ``judged`` filled the same way): every rule
    by ``document``'s units, the taint rules' results kept for the link's inputs."""
    taint = [r for r in ruleset.for_language(language) if r.taint is not None]
    inputs = document.linked if isinstance(document.linked, LinkInputs) else LinkInputs()
    generation = inputs.current(modules) if taint else 0
    with inputs.noting(modules) as noted:  # (the link's own: the directories near the file listed)
        link = modules.link(where, text, language) if taint else None
        if link is None:
            document.linked = None
            return document.run(ruleset, text, language, path, relpath, allow_fixes, deadline, judged)
        document.linked = inputs
        fed, called = _fed(link, taint)
        # the file's own text as the workspace reads it (the editor's, or the file's) is what its units'
        # keys hold, but for whether it reads a request as handlers do (NearFiles.handles) and, where
        # files calling it pass it request data, what they pass (they call its functions: any may matter)
        handles = modules.near.handles(link.path, *modules.text(link.path))
        shape = (generation, tuple(sorted(link.functions.items())), tuple(sorted(link.modules.items())), link.depth,
                 handles)
        found = document.run(ruleset, text, language, path, relpath, allow_fixes, deadline, judged, link=link,
                             fed=fed, context=shape)
        if not called:
            noted.pop(link.path, None)
    return found


def _fed(link, taint: list) -> tuple[frozenset[str], bool]:
    """The ids of the taint rules of ``taint`` whose data may enter the text through ``link`` (what
    its modules' functions return, request state other files' hooks fill: ModuleLink.feeding; what
    the files calling it pass to its functions), and whether files calling it pass it data of one."""
    fed = link.feeding([r.taint for r in taint])
    called = frozenset(r.id for r in taint if link.callers(r.taint))
    return frozenset(r.id for r in taint if id(r.taint) in fed) | called, bool(called)
