"""The terminal: whatever any code of the process prints is shown literally.

:func:`guard` puts ``sys.stdout`` and ``sys.stderr`` behind :func:`postil.core.terminal.terminal`
(newlines and tabs kept), so no escape sequence or control character from a repository, a
server or a model reaches the terminal raw, whichever print, warning or traceback wrote it.
postil's own escape sequences (colours, the progress bar) are written to :func:`unguarded`
streams, by code that passed every value in them through ``terminal`` first.
"""

from __future__ import annotations

import os
import sys

from postil.core.terminal import terminal


class _Literal:
    """A text stream whose writes reach ``unguarded`` through ``terminal``."""

    def __init__(self, stream):
        self.unguarded = stream

    def write(self, text: str) -> int:
        self.unguarded.write(terminal(text, lines=True))
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):  # flush, isatty, fileno, encoding, buffer (the language server's bytes)
        return getattr(self.unguarded, name)


def guard() -> None:
    """Show everything this process prints on stdout and stderr literally (once per stream)."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and not isinstance(stream, _Literal):
            setattr(sys, name, _Literal(stream))


def unguarded(stream):
    """The stream under a guarded one: for postil's own escape sequences only."""
    return stream.unguarded if isinstance(stream, _Literal) else stream


def painted(stream) -> bool:
    """Whether postil colours what it writes to ``stream``: a terminal, and no ``NO_COLOR``."""
    return stream.isatty() and not os.environ.get("NO_COLOR")


def print_rendered(text: str, colour: bool) -> None:
    """Print postil's rendered report on stdout; ``colour``: it holds postil's own colour
    codes (every value in it passed ``terminal``), which reach the terminal as they are."""
    print(text, file=unguarded(sys.stdout) if colour else sys.stdout)
