"""The model findings the reviewer showed, by fingerprint: what ``postil dismiss`` and
``postil rules learn FINGERPRINT`` start from (the quoted code, the accepted fix), kept in
``<workspace>/.postil/llm/findings.sqlite3`` as JSON rows (reading one runs nothing).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from postil.analyzers.findings import Finding
from postil.analyzers.llm.state import STATE_PARTS, JsonStore

MAX_SHOWN = 20_000  # the oldest rows go past it
MAX_CODE = 4_000  # characters kept of a quote or a fix


@dataclass(frozen=True)
class ShownFinding:
    """A model finding as shown: its rule (``llm/<category>``), file (relative to the
    workspace), message, the code it quoted and the fix it offered ("" when none)."""

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


class ShownFindings:
    def __init__(self, root: Path) -> None:
        self.db = JsonStore(root, STATE_PARTS, "findings.sqlite3", "record of the model's findings",
                            max_rows=MAX_SHOWN)

    def record(self, finding: Finding, relpath: str, text: str, start: int, end: int) -> None:
        """Remember ``finding`` (its quote is ``text[start:end]``)."""
        improved = finding.fix.edits[0].new_text if finding.fix is not None and finding.fix.edits else ""
        shown = ShownFinding(finding.fingerprint, finding.rule, relpath, finding.message[:MAX_CODE],
                             text[start:end][:MAX_CODE], improved[:MAX_CODE], finding.span.start_line + 1)
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
