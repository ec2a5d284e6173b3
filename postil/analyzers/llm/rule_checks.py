"""The rule checks the reviewer makes: a unit's rule findings (the model is told what they
found), whether a file's config keeps any model finding, the config's judgement of model
findings, the vetting of model fixes with the rules, and the searches of a rule the model
proposed (``postil.analyzers.llm.learned_rule_vetting``).

The CLI makes them in its own process (:class:`InProcessRules`). The language server passes
the reviewer its own (``postil.server.reviewer_rules``): they run in its check process, where
an ast-grep search stuck on a hostile document is stopped past its bound instead of holding
the server's interpreter; that raises :class:`RulesStopped`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from postil.analyzers.findings import Finding
from postil.analyzers.languages import language_of


class RulesStopped(Exception):
    """The rules' check was stopped (or ended) before it answered; ``why`` says which file,
    what happened and what the user can do."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


class RuleChecks(Protocol):
    """What the reviewer asks of the rules (each may raise: a broken config, RulesStopped)."""

    def findings(self, path: Path, text: str) -> list[Finding]:
        """The rules' findings in ``text``, with those the team's baseline hides."""

    def keeps_model_findings(self, path: Path) -> bool:
        """Whether the file's select/ignore/severity leave any ``llm/*`` finding standing."""

    def judge(self, path: Path, text: str, findings: list[Finding]) -> list[Finding]:
        """The model's findings the file's config lets through, re-graded as it says."""

    def vet(self, path: Path, text: str, edits: Sequence) -> list[str | None]:
        """``postil.gate.vetting.vet_file`` of the edits with the file's rules."""

    def learned_search(self, path: Path, text: str, document: dict, fix: bool) -> tuple[list[int], str | None]:
        """``learned_rule_search.search``: where the model's vetted rule ``document`` matches
        ``text`` (``path``'s, or what it is, as the user is told of a search stopped)."""


class InProcessRules:
    """The rule checks with a checker cache of this process (built when first needed: the
    CLI's, unless one is given; the check process gives its workspace's)."""

    OPERATIONS = ("findings", "keeps_model_findings", "judge", "vet", "learned_search")  # what the check process may be asked

    def __init__(self, cache=None) -> None:
        self._cache = cache

    @property
    def cache(self):
        if self._cache is None:
            from postil.analyzers.checker import CheckerCache

            self._cache = CheckerCache()
        return self._cache

    def findings(self, path: Path, text: str) -> list[Finding]:
        hidden: list[Finding] = []  # known to the team (its baseline): not worth finding again
        found = self.cache.for_path(path).check_text(path, text, allow_fixes=False, hidden=hidden)
        return found + hidden

    def keeps_model_findings(self, path: Path) -> bool:
        return self.cache.for_path(path).keeps_model_findings()

    def judge(self, path: Path, text: str, findings: list[Finding]) -> list[Finding]:
        return self.cache.for_path(path).judge(path, text, findings)

    def vet(self, path: Path, text: str, edits: Sequence) -> list[str | None]:
        from postil.gate.vetting import vet_file

        checker = self.cache.for_path(path)
        return vet_file(text, language_of(path), list(edits), functools.partial(checker.check_text, path, allow_fixes=False))

    def learned_search(self, path: Path, text: str, document: dict, fix: bool) -> tuple[list[int], str | None]:
        from postil.analyzers.llm.learned_rule_search import search

        return search(document, text, fix)
