"""A rule's regular expression as it reads the characters of the files it goes to, which
ast-grep compiles in a fraction of the time.

ast-grep's regex crate compiles every ``regex`` of every rule it is given before it reads a
file, and its classes are Unicode: ``\\w`` is ~770 ranges, ``.`` and ``[^,]`` every code point
but one or two, each compiled into a UTF-8 automaton forwards and in reverse. Over a Python
tree that was most of a bulk scan's set-up (~0.8 G of its 1.2 G instructions). On a text of
ASCII only a class's ASCII members can match, so the class written as those (``\\w`` as
``[0-9A-Z_a-z]``, ``.`` as ``[\\x00-\\t\\x0b-\\x7f]``) and a word boundary as the ASCII one match
exactly where the original does; on a text of ASCII and a few other characters, the class
written as its members among those. A bulk scan sends these to the files whose characters
they are (rules/bulk.py); a file it cannot tell gets the rule as written.

:func:`for_ascii_text` reads Rust's syntax and gives up (None) on what it does not model:
verbose or CRLF mode, Unicode properties, nested classes and class set operations, back
references and octal escapes, and the newer word-boundary assertions.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

_ASCII = frozenset(range(128))
_DIGITS = frozenset(range(0x30, 0x3A))
_UPPER = frozenset(range(0x41, 0x5B))
_LOWER = frozenset(range(0x61, 0x7B))
# Rust's Unicode \d, \s, \w (Nd, White_Space, word characters) within ASCII
_PERL = {"d": _DIGITS, "s": frozenset({9, 10, 11, 12, 13, 32}), "w": _DIGITS | _UPPER | _LOWER | {0x5F}}
_CONTROL = {"a": 7, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11}
# the code points outside ASCII whose simple case folding holds ASCII letters (KELVIN SIGN,
# LATIN SMALL LETTER LONG S): under (?i) a class holding one matches those letters
_FOLDS_TO_ASCII = {0x212A: (0x4B, 0x6B), 0x17F: (0x53, 0x73)}
_FLAGS = re.compile(r"\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)])")
_PLAIN = re.compile(r"[^\\\[.()]+")  # what needs no translation: no escape, class, dot or group
_NAMED = re.compile(r"\(\?P?<[A-Za-z_][A-Za-z0-9_.\[\]]*>")
_HEX = re.compile(r"(?:x(?:([0-9A-Fa-f]{2})|\{([0-9A-Fa-f]{1,8})\})|u(?:([0-9A-Fa-f]{4})|\{([0-9A-Fa-f]{1,8})\})"
                  r"|U(?:([0-9A-Fa-f]{8})|\{([0-9A-Fa-f]{1,8})\}))")


class _Unmodelled(Exception):
    """A construct for_ascii_text does not translate."""


def for_ascii_text(pattern: str, extra: frozenset[str] = frozenset()) -> str | None:
    """``pattern`` (ast-grep's Rust syntax) written so that its classes hold only ASCII and the
    characters of ``extra``: on a text of those it matches exactly where ``pattern`` does.
    None where that is not known (see the module's docstring)."""
    try:
        return _translated(pattern, extra)
    except _Unmodelled:
        return None


def _translated(pattern: str, extra: frozenset[str]) -> str:
    out: list[str] = []
    flags = [{"i": False, "s": False, "u": True}]  # the flags in force, one entry per open group
    i, n = 0, len(pattern)
    while i < n:
        plain = _PLAIN.match(pattern, i)  # copied as it is, in one step
        if plain is not None:
            out.append(plain.group())
            i = plain.end()
            continue
        c = pattern[i]
        if c == "\\":
            piece, i = _escape_outside(pattern, i, extra, flags[-1])
        elif c == "[":
            members, end = _class(pattern, i, flags[-1]["i"])
            piece, i = _written(members, _extra_members(pattern[i:end], flags[-1], extra)), end
        elif c == ".":
            members = _ASCII if flags[-1]["s"] else _ASCII - {10}
            piece, i = _written(members, _extra_members(".", flags[-1], extra)), i + 1
        elif c == "(":
            piece, i = _group_opening(pattern, i, flags)
        elif c == ")":
            if len(flags) == 1:
                raise _Unmodelled("unbalanced `)`")
            flags.pop()
            piece, i = c, i + 1
        else:
            piece, i = c, i + 1
        out.append(piece)
    return "".join(out)


def _group_opening(pattern: str, i: int, flags: list[dict]) -> tuple[str, int]:
    """A group's opening copied, the flags it sets tracked: a group gets its own entry, and a
    bare flag setting such as ``(?i)`` changes the one it is in."""
    if not pattern.startswith("(?", i):
        flags.append(dict(flags[-1]))
        return "(", i + 1
    named = _NAMED.match(pattern, i)
    if named is not None:
        flags.append(dict(flags[-1]))
        return named.group(), named.end()
    m = _FLAGS.match(pattern, i)
    if m is None:
        raise _Unmodelled(f"group {pattern[i:i + 4]!r}")
    on, off, end = m.group(1), m.group(2) or "", m.group(3)
    if set(on + off) - set("imsUu") or (not on and not off and end == ")"):
        raise _Unmodelled(f"flags {m.group()!r}")  # verbose (x) and CRLF (R) modes among them
    current = dict(flags[-1])
    for flag in "isu":
        if flag in on:
            current[flag] = True
        if flag in off:
            current[flag] = False
    if end == ":":
        flags.append(current)
    else:
        flags[-1] = current
    return m.group(), m.end()


def _escape_outside(pattern: str, i: int, extra: frozenset[str], flags: dict) -> tuple[str, int]:
    """An escape outside a class: perl classes as their members, word boundaries on ASCII
    text as ASCII ones, anything else copied."""
    if i + 1 >= len(pattern):
        raise _Unmodelled("trailing backslash")
    c = pattern[i + 1]
    if c.lower() in _PERL:
        members = _PERL[c.lower()]
        return _written(members if c.islower() else _ASCII - members,
                        _extra_members(pattern[i:i + 2], flags, extra)), i + 2
    if c in "bB":
        if pattern.startswith("{", i + 2):
            raise _Unmodelled("word-boundary assertion with a name")
        return (f"(?-u:\\{c})" if not extra else pattern[i:i + 2]), i + 2
    if c in "xuU":
        m = _HEX.match(pattern, i + 1)
        if m is None:
            raise _Unmodelled("hex escape")
        return pattern[i:m.end()], m.end()
    if c in "Az" or c in _CONTROL or (c.isascii() and not c.isalnum()):
        return pattern[i:i + 2], i + 2
    raise _Unmodelled(f"escape \\{c}")


def _class(pattern: str, i: int, fold: bool) -> tuple[frozenset[int], int]:
    """The ASCII members of the bracketed class opening at ``pattern[i]`` (closed under ASCII
    case folding when ``fold``, before any negation, as Rust folds a class before it negates
    it), and where the class ends."""
    j, n = i + 1, len(pattern)
    negated = pattern.startswith("^", j)
    j += negated
    members: set[int] = set()
    first = True
    while True:
        if j >= n:
            raise _Unmodelled("unclosed class")
        c = pattern[j]
        if c == "]" and not first:
            j += 1
            break
        if c == "[" or pattern.startswith(("&&", "--", "~~"), j):
            raise _Unmodelled("nested class or class set operation")
        first = False
        if c == "\\" and j + 1 < n and pattern[j + 1].lower() in _PERL:
            perl = _PERL[pattern[j + 1].lower()]
            members |= perl if pattern[j + 1].islower() else _ASCII - perl
            j += 2
            continue
        low, j = _class_char(pattern, j)
        if pattern.startswith(("&&", "--", "~~"), j):
            raise _Unmodelled("class set operation")
        high = low
        if pattern.startswith("-", j) and j + 1 < n and pattern[j + 1] != "]":
            high, j = _class_char(pattern, j + 1)
        members |= set(range(low, min(high, 127) + 1))
        if fold:
            members |= {cased for point, pair in _FOLDS_TO_ASCII.items() if low <= point <= high for cased in pair}
    if fold:
        members |= {m ^ 0x20 for m in members if m in _UPPER or m in _LOWER}
    return frozenset(_ASCII - members if negated else members), j


def _class_char(pattern: str, j: int) -> tuple[int, int]:
    """The code point of one character of a class (literal or escaped), and what follows it."""
    c = pattern[j]
    if c != "\\":
        return ord(c), j + 1
    if j + 1 >= len(pattern):
        raise _Unmodelled("trailing backslash")
    e = pattern[j + 1]
    if e in _CONTROL:
        return _CONTROL[e], j + 2
    if e in "xuU":
        m = _HEX.match(pattern, j + 1)
        if m is None:
            raise _Unmodelled("hex escape")
        return int(next(g for g in m.groups() if g is not None), 16), m.end()
    if e.isascii() and not e.isalnum():
        return ord(e), j + 2
    raise _Unmodelled(f"escape \\{e} in a class")


_MEMBERS: dict[tuple[str, bool, bool, frozenset[str]], frozenset[int]] = {}  # see _extra_members


def _extra_members(atom: str, flags: dict, extra: frozenset[str]) -> frozenset[int]:
    """The code points of ``extra`` (characters past ASCII) that ``atom`` (a class, a perl
    class or a dot, under ``flags``) matches, as ast-grep reads it: asked of RE2 with the
    atom as userregex spells Rust's syntax for it (the project's one reading of Rust's
    Unicode classes and case folding)."""
    if not extra or not flags["u"]:  # (with Unicode off, Rust's classes are ASCII)
        return frozenset()
    key = (atom, flags["i"], flags["s"], extra)
    if key not in _MEMBERS:
        import re2

        from postil.core.userregex import UserRegexError, translate

        if len(_MEMBERS) > 20_000:
            _MEMBERS.clear()
        try:
            program = re2.compile(translate(f"(?{'i' * flags['i']}{'s' * flags['s']}:{atom})"))
        except (UserRegexError, re2.error) as exc:
            raise _Unmodelled(str(exc)) from None
        _MEMBERS[key] = frozenset(ord(c) for c in program.findall("".join(sorted(extra))))
    return _MEMBERS[key]


def _written(members: frozenset[int] | set[int], beyond: frozenset[int] = frozenset()) -> str:
    """A class of exactly ``members`` (ASCII code points) and ``beyond`` (others), each as a
    hex escape."""
    members = {*members, *beyond}
    if not members:
        raise _Unmodelled("a class with no member")
    ranges, points = [], sorted(members)
    start = prev = points[0]
    for point in points[1:]:
        if point != prev + 1:
            ranges.append((start, prev))
            start = point
        prev = point
    ranges.append((start, prev))
    return "[" + "".join(f"\\x{{{a:x}}}" if a == b else f"\\x{{{a:x}}}-\\x{{{b:x}}}" for a, b in ranges) + "]"


_TRANSLATED: dict[tuple[str, frozenset[str]], str | None] = {}  # (pattern, extra) -> for_ascii_text's (see kept_translations)
_RULE_KEYS = ("rule", "constraints", "utils")  # where a document's `regex` keys are (not transform's)


def ascii_twin(document: dict, extra: frozenset[str] = frozenset()) -> dict | None:
    """``document`` (an ast-grep rule document) with each ``regex`` of its rule, constraints
    and utility rules as for_ascii_text writes it for ``extra``: on a file of ASCII and those
    characters it matches where ``document`` does. None where no regex changes."""
    changed = False

    def rewritten(value: object) -> object:
        if isinstance(value, dict):
            return {k: _ascii_regex(v) if k == "regex" and isinstance(v, str) else rewritten(v) for k, v in value.items()}
        if isinstance(value, list):
            return [rewritten(item) for item in value]
        return value

    def _ascii_regex(pattern: str) -> str:
        nonlocal changed
        key = (pattern, extra)
        if key not in _TRANSLATED:
            if len(_TRANSLATED) > 20_000:
                _TRANSLATED.clear()
            _TRANSLATED[key] = for_ascii_text(pattern, extra)
        translated = _TRANSLATED[key]
        if translated is None or translated == pattern:
            return pattern
        changed = True
        return translated

    twin = {k: rewritten(v) if k in _RULE_KEYS else v for k, v in document.items()}
    return twin if changed else None


@contextmanager
def kept_translations(extras: Iterable[frozenset[str]]) -> Iterator[None]:
    """for_ascii_text's answers for the characters ``extras`` (each a set a run's twins are
    written for: the empty set for ASCII files) kept in the user's cache, one entry per set:
    read before the block, and written after it when it translated a pattern more. A bulk
    scan's twins were ~0.05 s of a Python tree's pre-pass before ast-grep could start, every
    run; the answers depend on the pattern, the characters and this code alone, so a new tree of
    ASCII files reads them all (one of other characters, those of its own set)."""
    from postil.core import usercache

    kind = _kept_kind()
    keys = {extra: usercache.content_key(kind, "".join(sorted(extra)).encode("utf-8", "surrogatepass"))
            for extra in extras}
    known = {}
    for extra, key in keys.items():
        kept = usercache.read_marshal(kind, key)
        if not (isinstance(kept, dict) and all(isinstance(pattern, str) and (out is None or isinstance(out, str))
                                               for pattern, out in kept.items())):
            kept = {}
        for pattern, out in kept.items():
            _TRANSLATED.setdefault((pattern, extra), out)
        known[extra] = len(kept)
    yield
    for extra, key in keys.items():
        translated = {pattern: out for (pattern, chars), out in _TRANSLATED.items() if chars == extra}
        if len(translated) > known[extra]:
            usercache.write_marshal(kind, key, translated)


@lru_cache(maxsize=1)
def _kept_kind() -> str:
    """The cache kind of kept translations: this module's code and userregex's, and the RE2
    that reads Rust's classes for them (its build, by size and time)."""
    import hashlib

    import re2._re2

    from postil.core import userregex

    digest = hashlib.sha256()
    for module in (__file__, userregex.__file__):
        with open(module, "rb") as handle:
            digest.update(handle.read())
    status = os.stat(re2._re2.__file__)
    return f"ascii-regex-{digest.hexdigest()[:16]}-{status.st_size}-{status.st_mtime_ns}"
