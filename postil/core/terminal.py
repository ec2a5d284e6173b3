"""Text for a terminal: every character a terminal would not show as itself is written out.

The one function everything postil prints passes (file names, git's messages, rule fields,
model text): escape sequences, C0/C1 controls, bidi and format characters, line separators,
surrogates from undecodable file names and characters that show as nothing become ``\\x1b``,
``\\n``, ``\\u202e`` — seen, never interpreted. It lives in the core so that the lowest layers
(git, the ``.postil`` checks) use it too; ``postil.console`` builds on it.
"""

from __future__ import annotations

import re
import sys

_NOT_PRINTABLE_ASCII = re.compile(r"[^ -~]")
_NOT_PRINTABLE_ASCII_OR_LINES = re.compile(r"[^ -~\n\t]")
_WRITTEN_OUT = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}
# Printable by ``str.isprintable`` yet shown as nothing or as a blank: fillers and blank letters
# (a name made of them looks empty), the combining grapheme joiner, Khmer inherent vowels,
# Mongolian and Unicode variation selectors (two names that look the same).
_INVISIBLE = re.compile("[\u115f\u1160\u3164\uffa0\u2800\u034f\u17b4\u17b5\u180b-\u180d\ufe00-\ufe0f"
                        "\U000e0100-\U000e01ef]")


def _written_out(char: str) -> str:
    code = ord(char)
    if char in _WRITTEN_OUT:
        return _WRITTEN_OUT[char]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def terminal(text: str, *, lines: bool = False) -> str:
    """``text`` as one line a terminal shows literally: each character that is not printable
    (``str.isprintable``: controls, escapes, bidi and format characters, line separators,
    surrogates from undecodable file names) or that shows as nothing (``_INVISIBLE``) is written out
    as ``\\x1b``, ``\\n``, ``\\u202e``. ``lines=True``: newlines and tabs stay (a block)."""
    if text.isascii() and text.isprintable():
        return text
    if lines:
        text = text.replace("\r\n", "\n")

    def show(match: re.Match) -> str:
        char = match.group()
        return char if char.isprintable() and not _INVISIBLE.match(char) else _written_out(char)

    return (_NOT_PRINTABLE_ASCII_OR_LINES if lines else _NOT_PRINTABLE_ASCII).sub(show, text)


def say(text: str, file=None) -> None:
    """Print one line that quotes a repository, a server or a model (paths, reasons,
    errors): a newline or any other character a terminal would not show as itself is
    written out (``\\n``, ``\\x1b``), so a value can neither start a line nor move the cursor."""
    print(terminal(str(text)), file=file or sys.stdout)
