"""A file's bytes as the text the checkers read: binary data refused, invalid UTF-8 and a BOM
marked so the text is checked but never written back."""

from __future__ import annotations

BINARY_SNIFF_BYTES = 8192


def decode_source(data: bytes) -> tuple[str | None, bool]:
    """A file's bytes as text: (None, False) for binary data; otherwise the text and
    whether it is the file exactly. Invalid UTF-8 is decoded with replacement and a
    BOM is dropped; such text is checked but never fixed (writing it back would
    change the file)."""
    if b"\0" in data[:BINARY_SNIFF_BYTES]:
        return None, False
    try:
        text, exact = data.decode("utf-8"), True
    except UnicodeDecodeError:
        text, exact = data.decode("utf-8", errors="replace"), False
    if text.startswith("\ufeff"):
        return text[1:], False
    return text, exact
