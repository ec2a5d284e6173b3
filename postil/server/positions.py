"""Position and edit conversions between postil's findings model and LSP.

Findings use 0-based lines and columns counted in code points; LSP clients count
columns in the position encoding negotiated at ``initialize`` (UTF-16 unless the
client offered UTF-8 or UTF-32). Every conversion in the server goes through here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from postil.analyzers.findings import LineIndex, Span, TextEdit

if TYPE_CHECKING:  # lsprotocol is loaded by the server, not by the first check (postil.server.front)
    from lsprotocol import types


class PositionEncoder:
    """Converts columns for one negotiated encoding (``utf-8``, ``utf-16`` or ``utf-32``)."""

    def __init__(self, encoding: str = "utf-16") -> None:
        self.encoding = str(getattr(encoding, "value", encoding)).lower()

    def units(self, text: str) -> int:
        """Length of ``text`` in the client's code units."""
        if self.encoding == "utf-32" or text.isascii():
            return len(text)
        if self.encoding == "utf-8":
            return len(text.encode("utf-8", "surrogatepass"))
        return len(text.encode("utf-16-le", "surrogatepass")) // 2

    def to_client_column(self, line_text: str, column: int) -> int:
        if self.encoding == "utf-32" or line_text.isascii():
            return column
        return self.units(line_text[:column])

    def from_client_column(self, line_text: str, units: int) -> int:
        """Code-point column of a client column (clamped to the line)."""
        if self.encoding == "utf-32" or line_text.isascii():
            return min(units, len(line_text))
        count = 0
        for i, char in enumerate(line_text):
            if count >= units:
                return i
            count += self.units(char)
        return len(line_text)

    def position_json(self, index: LineIndex, line: int, column: int) -> dict:
        """An LSP ``Position`` as JSON, in the client's code units (clamped to the text's end)."""
        if line >= index.line_count:
            last = index.line_count - 1
            return {"line": last, "character": self.units(index.line_text(last))}
        return {"line": line, "character": self.to_client_column(index.line_text(line), column)}

    def range_json(self, index: LineIndex, span: Span) -> dict:
        return {"start": self.position_json(index, span.start_line, span.start_col),
                "end": self.position_json(index, span.end_line, span.end_col)}

    def text_edit_json(self, index: LineIndex, edit: TextEdit) -> dict:
        return {"range": self.range_json(index, edit.span), "newText": edit.new_text}

    def position(self, index: LineIndex, line: int, column: int) -> types.Position:
        from lsprotocol import types

        return types.Position(**self.position_json(index, line, column))

    def range(self, index: LineIndex, span: Span) -> types.Range:
        from lsprotocol import types

        return types.Range(start=self.position(index, span.start_line, span.start_col),
                           end=self.position(index, span.end_line, span.end_col))

    def text_edit(self, index: LineIndex, edit: TextEdit) -> types.TextEdit:
        from lsprotocol import types

        return types.TextEdit(range=self.range(index, edit.span), new_text=edit.new_text)

    def offset(self, index: LineIndex, position: types.Position) -> int:
        """String offset of a client position."""
        if position.line >= index.line_count:
            return len(index.text)
        column = self.from_client_column(index.line_text(position.line), position.character)
        return index.offset(position.line, column)


_FIRST_PART, _LAST_PART = 1 << 12, 1 << 20  # characters _line_start counts newlines in at a time (doubling)


def _line_start(text: str, line: int) -> int:
    """Where ``line`` starts (the text's end past its last line): its part of the text found by
    counting newlines part by part (each twice the last), then split. (A find per line above it
    cost 0.076 ms at line 914; one split of the whole text listed every line above it, twice a
    change: 0.4 s a keystroke at the end of an 18 MB document, or at a line past its end that a
    client names, while nothing else was answered.)"""
    if line <= 0:
        return 0
    at, size = 0, _FIRST_PART
    while at < len(text):
        end = min(len(text), at + size)
        found = text.count("\n", at, end)
        if found >= line:
            part = text[at:end]
            return at + len(part) - len(part.split("\n", line)[-1])
        line -= found
        at, size = end, min(2 * size, _LAST_PART)
    return len(text)


def apply_incremental_change(encoder: PositionEncoder, text: str, change) -> str:
    """Apply one ranged ``didChange`` edit to ``text``, touching only the lines it names
    (pygls rebuilds the whole document from its lines on every keystroke)."""
    def offset(position: types.Position) -> int:
        start = _line_start(text, position.line)
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        line_text = text[start:end].removesuffix("\r")
        return start + encoder.from_client_column(line_text, position.character)

    start, end = offset(change.range.start), offset(change.range.end)
    return text[:start] + change.text + text[max(start, end):]


def install_fast_changes(document, encoder: PositionEncoder) -> None:
    """Make a pygls TextDocument apply ranged changes with ``apply_incremental_change``."""

    def apply(change) -> None:
        document._source = apply_incremental_change(encoder, document.source, change)

    document._apply_incremental_change = apply
