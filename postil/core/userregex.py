"""Regular expressions from a repository or a user's config, run in linear time.

A pattern someone else wrote (a rule's ``constraints``, a taint rule's parameter
``name``/``unless``, ``[llm] redact-patterns``) never runs in Python's backtracking ``re``:
``(a+)+$`` against forty ``a``\\ s and a ``!`` holds the GIL for longer than anyone waits.
It runs in RE2, whose matching time is linear in the text whatever the pattern.

Rule patterns are written for ast-grep, whose Rust regex engine is linear too but reads
some syntax differently from RE2: ``\\d``, ``\\w``, ``\\s`` and ``\\b`` are Unicode-aware in
Rust and ASCII in RE2, ``[a[b]]`` is a union in Rust and a literal ``]`` after a class in
RE2, ``\\<`` is a word start in Rust and ``<`` in RE2. :func:`translate` accepts only the
constructs that mean the same in both (spelling Rust's Unicode classes as RE2 ranges) and
refuses the rest with the construct named; so a pattern means here what it means to
ast-grep. Back-references and look-around exist in neither engine.
"""

from __future__ import annotations

import re
from functools import lru_cache

import re2

# Rust's (Unicode) classes, as RE2 class items: \d is Nd; \s is White_Space; \w is
# Alphabetic (letters, Nl, and Other_Alphabetic: marks and the circled/squared letters),
# marks, Nd, Pc and the two join controls.
_DIGIT = r"\p{Nd}"
_SPACE = r"\t\n\x0b\f\r \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}"
_WORD = (r"\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}\x{200c}\x{200d}"
         r"\x{24b6}-\x{24e9}\x{1f130}-\x{1f149}\x{1f150}-\x{1f169}\x{1f170}-\x{1f189}")
_UNICODE_CLASSES = {"d": _DIGIT, "s": _SPACE, "w": _WORD}
# Unicode general categories: what \p{...} means alike in both (Rust reads a script name as
# its script extensions, RE2 as the script).
_CATEGORIES = frozenset("L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po "
                        "S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Co".split())
_GROUP_OPENING = re.compile(r"\(\?(?:P?<[A-Za-z_][A-Za-z0-9_]*>|[imsU]*(?:-[imsU]*)?[:)])")
_REPETITION = re.compile(r"\{(\d{1,4})(?:,(\d{0,4}))?\}")
_PROPERTY = re.compile(r"\\([pP])(?:\{([A-Za-z_]+)\}|([A-Za-z]))")
_HEX = re.compile(r"\\(?:x(?:([0-9A-Fa-f]{2})|\{([0-9A-Fa-f]{1,8})\})|u(?:([0-9A-Fa-f]{4})|\{([0-9A-Fa-f]{1,8})\})"
                  r"|U([0-9A-Fa-f]{8}))")
_MAX_REPEAT = 1000  # RE2's limit on a counted repetition
MAX_MEMORY = 8 << 20  # bytes of automaton per pattern; a pattern needing more is refused


class UserRegexError(ValueError):
    """A pattern refused: the message says which construct and why."""


def translate(pattern: str, ascii_text: bool = False, ascii_boundaries: bool = False) -> str:
    """``pattern`` (Rust/ast-grep syntax) as RE2 syntax with the same meaning. ``ascii_text``:
    the texts searched are ASCII, where RE2's own classes already mean what Rust's do.
    ``ascii_boundaries``: ``\\b``/``\\B`` may keep RE2's meaning (an ASCII word boundary) on
    other texts too. Raises :class:`UserRegexError` naming what RE2 cannot take alike."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            piece, i = _escape(pattern, i, ascii_text, ascii_boundaries, in_class=False)
        elif c == "[":
            piece, i = _class(pattern, i, ascii_text)
        elif pattern.startswith(("(?-u:\\b)", "(?-u:\\B)"), i):  # Rust's ASCII word boundary: RE2's
            piece, i = pattern[i + 5:i + 7], i + 8
        elif c == "(" and pattern.startswith("(?", i):
            m = _GROUP_OPENING.match(pattern, i)
            if m is None:
                raise UserRegexError(_group_problem(pattern[i:i + 4]))
            piece, i = m.group(), m.end()
        elif c == "{":
            m = _REPETITION.match(pattern, i)
            if m is None or not out or out[-1] in ("(", "|") or out[-1].startswith("(?"):
                raise UserRegexError(f"`{{` at offset {i} is not a counted repetition such as `{{2,5}}` "
                                     "(write `\\{` for the character)")
            if any(int(v) > _MAX_REPEAT for v in m.groups() if v):
                raise UserRegexError(f"the repetition `{m.group()}` is larger than {_MAX_REPEAT}")
            piece, i = m.group(), m.end()
        else:
            piece, i = c, i + 1
        out.append(piece)
    return "".join(out)


def _group_problem(opening: str) -> str:
    for look in ("(?=", "(?!", "(?<=", "(?<!"):
        if opening.startswith(look):
            return f"look-around `{look}...)` is not supported (RE2 runs patterns in linear time and has none)"
    return f"the group or flag `{opening}...` is not supported (flags: i, m, s, U; groups: (?:...), (?P<name>...))"


def _escape(pattern: str, i: int, ascii_text: bool, ascii_boundaries: bool, in_class: bool) -> tuple[str, int]:
    """The RE2 spelling of the escape at ``pattern[i]`` (a backslash), and where it ends."""
    if i + 1 >= len(pattern):
        raise UserRegexError("the pattern ends with a lone `\\`")
    e = pattern[i + 1]
    if e.lower() in _UNICODE_CLASSES:
        if ascii_text:
            return "\\" + e, i + 2
        if e.islower():
            return (_UNICODE_CLASSES[e] if in_class else f"[{_UNICODE_CLASSES[e]}]"), i + 2
        if e == "D":
            return r"\P{Nd}", i + 2
        if in_class:
            raise UserRegexError(f"`\\{e}` inside a class is not supported on non-ASCII text "
                                 f"(use a negated class: [^\\{e.lower()}...])")
        return f"[^{_UNICODE_CLASSES[e.lower()]}]", i + 2
    if e in "pP":
        m = _PROPERTY.match(pattern, i)
        name = m and (m.group(2) or m.group(3))
        if name not in _CATEGORIES:
            raise UserRegexError(f"`{pattern[i:i + 12]}`: only Unicode general categories such as \\p{{L}} or "
                                 "\\p{Nd} are supported")
        return m.group(), m.end()
    if e in "xuU":
        m = _HEX.match(pattern, i)
        if m is None:
            raise UserRegexError(f"`{pattern[i:i + 6]}` is not a character code such as \\x41 or \\x{{263a}}")
        code = next(v for v in m.groups() if v)
        return f"\\x{{{code}}}", m.end()
    if e in "tnrfva":
        return "\\" + e, i + 2
    if not in_class and e in "Az":
        return "\\" + e, i + 2
    if not in_class and e in "bB":
        if pattern.startswith("{", i + 2):
            raise UserRegexError(f"the word boundary `{pattern[i:pattern.find('}', i) + 1]}` is not supported")
        if ascii_text or ascii_boundaries:
            return "\\" + e, i + 2
        raise UserRegexError(f"`\\{e}` (a Unicode word boundary) cannot be checked here on non-ASCII text")
    if e.isdigit():
        raise UserRegexError(f"back-reference or octal escape `\\{e}` is not supported (RE2 runs patterns in linear "
                             "time and has none)")
    if e.isascii() and not e.isalnum() and e not in "<>":
        return "\\" + e, i + 2
    raise UserRegexError(f"the escape `\\{e}` is not supported")


def _class(pattern: str, i: int, ascii_text: bool) -> tuple[str, int]:
    """The RE2 spelling of the bracketed class at ``pattern[i]``, and where it ends."""
    start, n = i, len(pattern)
    out = ["["]
    i += 1
    if pattern.startswith("^", i):
        out.append("^")
        i += 1
    if pattern.startswith("]", i):  # a `]` first is itself
        out.append("\\]")
        i += 1
    while i < n:
        c = pattern[i]
        if c == "]":
            out.append("]")
            return "".join(out), i + 1
        if c == "\\":
            piece, i = _escape(pattern, i, ascii_text, False, in_class=True)
        elif pattern.startswith("[:", i):
            end = pattern.find(":]", i)
            if end < 0:
                raise UserRegexError(f"unclosed `[:` in the class at offset {start}")
            piece, i = pattern[i:end + 2], end + 2
        elif c == "[":
            raise UserRegexError(f"a class inside a class (offset {i}) is not supported (write `\\[` for the character)")
        elif pattern.startswith(("&&", "--", "~~"), i):
            raise UserRegexError(f"the class operation `{pattern[i:i + 2]}` is not supported")
        else:
            piece, i = c, i + 1
        out.append(piece)
    raise UserRegexError(f"unclosed `[` at offset {start}")


def _options(captures: bool) -> re2.Options:
    options = re2.Options()
    options.log_errors = False
    options.max_mem = MAX_MEMORY
    options.never_capture = not captures
    return options


def re2_program(source: str, captures: bool = True):
    """``source`` in RE2's own syntax (gitleaks' and Go's: ASCII classes) as google-re2 compiles
    it, within :data:`MAX_MEMORY`. Raises :class:`UserRegexError` with RE2's reason."""
    try:
        return re2.compile(source, _options(captures))
    except re2.error as exc:
        why = exc.args[0].decode(errors="replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise UserRegexError(why) from None


class Program:
    """A user's pattern compiled for RE2: ``finditer`` as in ``re`` (text with lone surrogates is
    searched with each one as ``?``: one character for one, positions kept), ``found`` when only
    whether it matches counts."""

    __slots__ = ("_matcher", "_tester", "groups")

    def __init__(self, source: str) -> None:
        self._matcher = re2_program(source)
        self._tester = re2_program(source, captures=False) if self._matcher.groups else self._matcher
        self.groups = self._matcher.groups

    def found(self, text: str) -> bool:
        return self._tester.search(_encoded(text)) is not None

    def finditer(self, text: str):
        return self._matcher.finditer(_searchable(text))


def _encoded(text: str) -> bytes:
    return text.encode("utf-8", "replace")


def _searchable(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def escape(text: str) -> str:
    """``text`` as a pattern matching it literally (RE2 and Rust alike)."""
    return "".join(f"\\{c}" if c.isascii() and not c.isalnum() and c.isprintable() and c not in "<>"
                   else c if c.isprintable() or not c.isascii() else f"\\x{{{ord(c):x}}}" for c in text)


@lru_cache(maxsize=256)
def compile_pattern(pattern: str) -> Program:
    """A pattern postil runs itself (taint ``name``/``unless``, ``redact-patterns``): Rust's
    classes, with ``\\b`` an ASCII word boundary. Raises :class:`UserRegexError`."""
    return Program(translate(pattern, ascii_boundaries=True))


def as_ast_grep_reads(pattern: str, ascii_text: bool) -> Program | None:
    """A pattern ast-grep also runs (a rule's constraint), meaning on ``ascii_text`` (or any
    text) exactly what it means to ast-grep; None where RE2 cannot say the same (ast-grep
    then decides alone)."""
    try:
        return Program(translate(pattern, ascii_text))
    except UserRegexError:
        return None
