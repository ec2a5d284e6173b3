"""The model findings the reviewer showed, by fingerprint: what ``postil dismiss`` and
``postil rules learn FINGERPRINT`` start from (the quoted code, the accepted fix), kept in
``<workspace>/.postil/llm/findings.sqlite3`` as JSON rows (reading one runs nothing).
"""

from __future__ import annotations

import textwrap
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from postil.analyzers.findings import Finding, LineIndex
from postil.analyzers.rules.fixes import apply_edits
from postil.analyzers.llm.state import STATE_PARTS, JsonStore

MAX_SHOWN = 20_000  # the oldest rows go past it
MAX_CODE = 4_000  # characters kept of a quote or a fix


@dataclass(frozen=True)
class ShownFinding:
    """A model finding as shown: its rule (``llm/<category>``), file (relative to the
    workspace), message, the whole lines it quoted (dedented) and those lines with its fix
    applied ("" when it had none)."""

    fingerprint: str
    rule: str
    path: str
    message: str
    existing: str
    improved: str
    line: int  # 1-based, where it was shown

    @property
    def category(self) -> str:
        return self.rule.removeprefix("llm/")


def quoted_lines(text: str, finding: Finding) -> tuple[str, str]:
    """The whole lines a finding is on, dedented, and the same lines with its fix applied
    ("" without a fix)."""
    index = LineIndex(text)
    first, last = finding.span.start_line, max(finding.span.start_line, finding.span.end_line)
    lo, hi = index.line_starts[first], index.line_end(min(last, index.line_count - 1))
    before = textwrap.dedent(text[lo:hi])
    if finding.fix is None:
        return before, ""
    edits = sorted(finding.fix.edits, key=lambda e: e.start)
    if edits[0].start < lo or edits[-1].end > hi:
        return before, ""
    fixed = apply_edits(text[lo:hi], [replace(e, start=e.start - lo, end=e.end - lo) for e in edits])
    return before, textwrap.dedent(fixed)


class ShownFindings:
    def __init__(self, root: Path) -> None:
        self.db = JsonStore(root, STATE_PARTS, "findings.sqlite3", "record of the model's findings",
                            max_rows=MAX_SHOWN)

    def record(self, finding: Finding, relpath: str, text: str) -> None:
        """Remember ``finding`` with the whole lines it quotes and the same lines once its fix is applied."""
        before, after = quoted_lines(text, finding)
        shown = ShownFinding(finding.fingerprint, finding.rule, relpath, finding.message[:MAX_CODE],
                             before[:MAX_CODE], after[:MAX_CODE], finding.span.start_line + 1)
        self.db.set(f"shown:{finding.fingerprint}", asdict(shown))

    def get(self, fingerprint: str) -> ShownFinding | None:
        """The finding shown with ``fingerprint``; None when none was (or the row is not postil's)."""
        row = self.db.get(f"shown:{fingerprint}")
        try:
            shown = ShownFinding(**row) if isinstance(row, dict) else None
        except TypeError:
            return None
        if shown is None or not all(isinstance(v, str) for k, v in asdict(shown).items() if k != "line"):
            return None
        return shown if isinstance(shown.line, int) else None

    def close(self) -> None:
        self.db.close()
