"""The LLM reviewer's rule checks in the server (``postil.analyzers.llm.rule_checks``): a unit's
rule findings for Explain, Fix and ask, the config's judgement of model findings, the vetting
of model fixes, the searches of a rule the model proposed ("Make this a rule"). They are made in the check process, in the check worker, each stopped past
CHECK_BOUND as a document's check is (``check_process.bounded``).

In the server's own process, a search stuck on a hostile document (ast-grep-py holds the
interpreter while it searches) froze every handler, shutdown included, until it ended; and the
reviewer loaded every rule a second time beside the check process's.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from postil.analyzers.findings import Finding
from postil.analyzers.llm.rule_checks import RulesStopped
from postil.server import check_process
from postil.server.check_process import CHECK_BOUND, ENDED, SLOW_FILE_ADVICE


# what the user can do about a rule the model proposed whose search was stopped
LEARNED_RULE_ADVICE = "ask for a rule again, or write it with `postil rules learn --rule-file`"


def stopped(path: Path, why: str, advice: str = SLOW_FILE_ADVICE) -> str:
    """What the user is told of a rule check of ``path`` that ended the check process (``why``:
    ``check_process.Ended.why``), with what to do when it was stopped."""
    if why == ENDED:
        return f"the rules' check of {path.name} ended the check process (the error is in the server's log)"
    return (f"the rules' check of {path.name} was stopped: one step of the rules (an ast-grep search or a taint rule) "
            f"took longer than {CHECK_BOUND:g} s on it; {advice}")


class CheckProcessRules:
    """The rule checks of the reviewers of one window (its workspace ``folders``), asked from
    the LLM worker threads."""

    def __init__(self, session, folders: list[Path]) -> None:
        self.session = session
        self.folders = list(folders)
        self._keeps: dict[tuple[int, Path], bool] = {}  # (cache generation, path): keeps_model_findings

    def findings(self, path: Path, text: str) -> list[Finding]:
        return self._ask("findings", path, text)

    def keeps_model_findings(self, path: Path) -> bool:
        key = (self.session.cache_generation, path)
        if key not in self._keeps:  # (asked of every unit, more than once)
            self._keeps[key] = self._ask("keeps_model_findings", path, None)
        return self._keeps[key]

    def judge(self, path: Path, text: str, findings: list[Finding]) -> list[Finding]:
        return self._ask("judge", path, text, findings)

    def vet(self, path: Path, text: str, edits: Sequence) -> list[str | None]:
        return self._ask("vet", path, text, list(edits))

    def learned_search(self, path: Path, text: str, document: dict, fix: bool) -> tuple[list[int], str | None]:
        # (not remembered as stuck: the project's rules may be stuck on a text this rule is not, and back)
        return self._ask("learned_search", path, None, text, document, fix, advice=LEARNED_RULE_ADVICE)

    def _ask(self, operation: str, path: Path, text: str | None, *args, advice: str = SLOW_FILE_ADVICE):
        """The check process's answer (waiting for the check worker); RulesStopped when the check
        ended the process, or one of the same text did before (``check_process.reviewer_rules``)."""
        session = self.session
        work = session.executor.submit(check_process.bounded, session, check_process.reviewer_rules, session,
                                       self.folders, operation, path, text, *args)
        try:
            return work.result()
        except check_process.Ended as ended:
            raise RulesStopped(stopped(path, ended.why, advice)) from None
