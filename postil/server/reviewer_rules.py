"""The LLM reviewer's rule checks in the server (``postil.analyzers.llm.rule_checks``): a unit's
rule findings for Explain, Fix and ask, the config's judgement of model findings, the vetting
of model fixes. They are made in the check process, in the check worker, each stopped past
CHECK_BOUND as a document's check is (``check_process.bounded``).

In the server's own process, a search stuck on a hostile document (ast-grep-py holds the
interpreter while it searches) froze every handler, shutdown included, until it ended; and the
reviewer loaded every rule a second time beside the check process's.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from pathlib import Path

from postil.analyzers.findings import Finding
from postil.analyzers.llm.rule_checks import RulesStopped
from postil.server import check_process
from postil.server.check_process import CHECK_BOUND, ENDED, SLOW_FILE_ADVICE

STOPPED_KEPT = 16  # texts whose check was stopped, remembered: asked again, refused at once


def stopped(path: Path, why: str) -> str:
    """What the user is told of a rule check of ``path`` that ended the check process (``why``:
    ``check_process.Ended.why``)."""
    if why == ENDED:
        return f"the rules' check of {path.name} ended the check process (the error is in the server's log)"
    return (f"the rules' check of {path.name} was stopped: one step of the rules (an ast-grep search or a taint rule) "
            f"took longer than {CHECK_BOUND:g} s on it; {SLOW_FILE_ADVICE}")


class CheckProcessRules:
    """The rule checks of the reviewers of one window (its workspace ``folders``), asked from
    the LLM worker threads. A text whose check was stopped is remembered (the rules would be
    stuck on it again): the next check of it is refused at once."""

    def __init__(self, session, folders: list[Path]) -> None:
        self.session = session
        self.folders = list(folders)
        self._lock = threading.Lock()
        self._stopped: dict[tuple[Path, bytes], str] = {}  # (path, the text's digest): why
        self._keeps: dict[tuple[int, Path], bool] = {}  # (cache generation, path): keeps_model_findings

    def findings(self, path: Path, text: str) -> list[Finding]:
        return self._ask("findings", path, text)

    def keeps_model_findings(self, path: Path) -> bool:
        key = (self.session.cache_generation, path)
        if key not in self._keeps:  # (asked of every unit, more than once)
            self._keeps[key] = self._ask("keeps_model_findings", path)
        return self._keeps[key]

    def judge(self, path: Path, text: str, findings: list[Finding]) -> list[Finding]:
        return self._ask("judge", path, text, findings)

    def vet(self, path: Path, text: str, edits: Sequence) -> list[str | None]:
        return self._ask("vet", path, text, list(edits))

    def _ask(self, operation: str, path: Path, *args):
        """The check process's answer; RulesStopped when the check ended it (or one of the same
        text did before)."""
        text = next((a for a in args if isinstance(a, str)), None)
        key = None if text is None else (path, hashlib.blake2b(text.encode("utf-8", "surrogatepass")).digest())
        with self._lock:
            why = self._stopped.get(key)
        if why is not None:
            raise RulesStopped(why)
        session = self.session
        work = session.executor.submit(check_process.bounded, session, check_process.reviewer_rules, session,
                                       self.folders, operation, path, *args)
        try:
            return work.result()
        except check_process.Ended as ended:
            why = stopped(path, ended.why)
            if key is not None:
                with self._lock:
                    while len(self._stopped) >= STOPPED_KEPT:
                        del self._stopped[next(iter(self._stopped))]
                    self._stopped[key] = why
            raise RulesStopped(why) from None
