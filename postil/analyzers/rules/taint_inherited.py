"""A Python class's method inherited from a base class another module of the project defines, for
the taint engine's imports: Tabbycat's views subclass `RoundMixin` from `tournaments/mixins.py`
and call `self.get_redirect_url()` and `self.get_round_seq()`, which the mixin defines (returning
`self.request.POST.get("next")` and what a middleware stored on the request). The call is the
base's method, the function of that name in the base's module (its class's, or the class it
inherits it from there; see taint_modules.ModuleLink.resolve)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from postil.analyzers.rules.line_matches import line_matches

_CLASS = re.compile(r"^[ \t]*class[ \t]+\w+[ \t]*\(([^()]*)\)[ \t]*:", re.MULTILINE)  # its bases, on one line or several
_BASE = re.compile(r"^[A-Za-z_]\w*$")
_DEF = re.compile(r"^[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)[ \t]*\(", re.MULTILINE)


@lru_cache(maxsize=16)
def base_names(text: str) -> tuple[str, ...]:
    """The plain names (no dotted ones, no keywords) the classes of a Python text list as their
    bases, in the order they are written, once each: an import so used is used, though never called.
    Kept for the last texts: the imports' reader and the module link both ask for each file."""
    found: dict[str, None] = {}
    # (tried only at the lines holding `class`: a `^` pattern searched over a text is tried at each of its
    # characters, +0.6% of a Flask tree's instructions)
    for match in line_matches(text, "class", _CLASS)[0] if "class" in text else ():
        for base in match.group(1).split(","):
            base = base.strip()
            if _BASE.match(base):
                found.setdefault(base, None)
    return tuple(found)


def imported_bases(text: str, functions: dict[str, tuple[Path, str]]) -> list[tuple[Path, str]]:
    """(module, class) of each base class the file's classes name that it imports from the project
    (``functions``: local name -> (module, name there)), in the order they are written, once each."""
    return list(dict.fromkeys(functions[base] for base in base_names(text) if base in functions))


def defined_names(text: str) -> frozenset[str]:
    """The names of the functions and methods a Python text defines (one pass over its `def` lines)."""
    return frozenset(match.group(1) for match in line_matches(text, "def", _DEF)[0])


def inherited_callee(callee: str, defined: frozenset[str], bases: list[tuple[Path, str]]) -> tuple[Path, str] | None:
    """(module, method) of the first imported base class ``bases`` a call `self.method(...)` may reach,
    where the file itself defines no function of that name (``defined``: its own method comes first)."""
    receiver, _, method = callee.partition(".")
    if receiver != "self" or not _BASE.match(method) or not bases or method in defined:
        return None
    return bases[0][0], method
