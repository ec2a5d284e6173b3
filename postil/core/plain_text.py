"""Plain text from a model or a repository: no escape sequence or control character, for text
an editor shows or JSON carries (a finding's message, a notification line, Markdown's input).

* :func:`plain` — ``text`` without ANSI/OSC/DCS escape sequences, C0/C1 controls or bidi marks
  (newline and tab kept).
* :func:`message` — a finding's message: plain text, one size cap.
"""

from __future__ import annotations

import re

MAX_MESSAGE_CHARS = 1_000

ESCAPE_SEQUENCES = re.compile(
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL / ST (titles, hyperlinks, clipboard)
    r"|\x1b[P^_X][^\x1b]*(?:\x1b\\)?"  # DCS / PM / APC / SOS strings
    r"|\x1b\[[0-?]*[ -/]*[@-~]"  # CSI (colours, cursor moves, line erase)
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|\x9d[^\x07\x9c]*[\x07\x9c]?"  # 8-bit OSC
    r"|\x1b[ -/]*[0-~]?"  # any other ESC sequence
)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def plain(text: str) -> str:
    """``text`` without escape sequences or control characters (newline and tab kept): for
    text the editor shows or JSON carries."""
    if text.isascii() and text.isprintable():
        return text
    return _CONTROLS.sub("", ESCAPE_SEQUENCES.sub("", text.replace("\r\n", "\n")))


def message(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """A model's finding message as plain, bounded text."""
    clean = plain(text).strip()
    return clean if len(clean) <= limit else clean[: limit - 1].rstrip() + "…"
