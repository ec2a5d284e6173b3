"""A rule that failed on a file is said, not hidden: a finding of its own (``postil/rule-failed``)
at the file's start, so the check of that file is known to be incomplete wherever findings go
(the CLI's summary and exit status, JSON, SARIF, the editor)."""

from __future__ import annotations

from postil.analyzers.findings import Finding, Severity, Span
from postil.core.plain_text import message

RULE_FAILED = "postil/rule-failed"
_ERROR_SHOWN = 300  # characters of the error kept in the message


def failure_finding(rule_id: str, error: str, path: str) -> Finding:
    """The finding saying ``rule_id`` failed on ``path`` with ``error``."""
    error = message(" ".join(error.split()), _ERROR_SHOWN)  # (it may quote a rule's regex: plain, bounded)
    return Finding(rule=RULE_FAILED, severity=Severity.WARNING, path=path, span=Span(0, 0, 0, 0),
                   message=f"The rule {rule_id} failed on this file and was skipped, so what it would report here is "
                           f"unknown ({error})",
                   note="Report it with the file if you can share it; `ignore = [\"postil/rule-failed\"]` hides these.")
