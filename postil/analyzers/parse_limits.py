"""Text tree-sitter cannot parse without ending the process: Python indented more than ~500
levels deep makes its Python scanner fail an assertion (`length <= 1024`: the indentation
stack it saves), which aborts ast-grep-py and the ast-grep CLI alike, so a check of such a
file, in the CLI or the language server, ended with the process. HTML (and the templates read as
HTML) whose tags nest deeper than :data:`MOST_TAG_DEPTH` costs the square of its size to parse
(see tag_depth). A tree nested deeper than :data:`MOST_TREE_DEPTH` ends the process inside
ast-grep, or costs the square of its depth to search (see tree_depth). Such text is not parsed."""

from __future__ import annotations

import hashlib
import re

from postil.analyzers.tag_depth import tag_depth_past
from postil.analyzers.tree_depth import may_nest_deeper, parsed_depth

MOST_INDENT_LEVELS = 400  # below the ~505 levels where the scanner fails, with a margin
MOST_TAG_DEPTH = 400  # open HTML elements inside one another (a real page nests a few dozen)
# levels of a syntax tree (real code: a few dozen; a minified bundle a few hundred); past ~17,000
# ast-grep's recursion overflows an 8 MB stack, and at 8,000 a chain costs ~8 s of rules
MOST_TREE_DEPTH = 5_000

TOO_DEEP = (f"its syntax tree nests more than {MOST_TREE_DEPTH:,} levels deep (a long chain of `+`, `.`, `?:` or "
            "`else if`, or brackets inside brackets: the rules' search would take the square of that, or end the process)")

# how each skip reason below starts (see left_unparsed)
_REASON_STARTS = ("HTML tags nested more than ", "indented more than ", "its syntax tree nests more than ")

# sha256 of a language and a text -> (a depth, whether its tree nests past it, whether it holds a syntax
# error): a check asks it of each file it reads and again of each module the taint rules follow, the
# same files in a library's tree
_DEPTHS: dict[bytes, tuple[int, bool, bool | None]] = {}
_MOST_DEPTHS = 8192

_BLANKS = " " * MOST_INDENT_LEVELS
_DEEP_START = re.compile(rf"[ \t]{{{MOST_INDENT_LEVELS}}}")  # (matched at the text's start)
_DEEP_AFTER_NEWLINE = re.compile(rf"\n[ \t]{{{MOST_INDENT_LEVELS}}}")
_INDENT = re.compile(r"^([ \t]*)\S", re.MULTILINE)


def unparseable(text: str, language: str | None) -> str | None:
    """Why ``text`` is not given to tree-sitter (a skip reason), or None. Each level of the
    scanner's stack is a wider indentation than the one below it, so text with fewer distinct
    indentation widths than :data:`MOST_INDENT_LEVELS` (every line under that many characters
    of indentation, the usual case: one search) is safe."""
    if language == "html":
        if tag_depth_past(text, MOST_TAG_DEPTH):
            return (f"HTML tags nested more than {MOST_TAG_DEPTH} deep (the HTML parser's time grows with "
                    "the square of such a file)")
        return None
    if language != "python" or not _deep_line(text):
        return None
    widths = {len(m.group(1)) for m in _INDENT.finditer(text)}
    if len(widths) < MOST_INDENT_LEVELS:
        return None
    return (f"indented more than {MOST_INDENT_LEVELS} levels deep (the Python parser cannot read it "
            "without ending the process)")


def unchecked(text: str, language: str | None) -> str | None:
    """Why a file's ``text`` is not checked (a skip reason), or None: :func:`unparseable`, or its
    tree nests past :data:`MOST_TREE_DEPTH` (that parses the text: ~0.15 ms a KB, so the editor's
    check of each change does not ask it; a crash or a stuck search there ends only its check
    process, see server/check_process)."""
    why = unparseable(text, language)
    if why is None and language is not None and nests_too_deep(text, language):
        why = TOO_DEEP
    return why


def nests_too_deep(text: str, language: str) -> bool:
    """parsed_depth past MOST_TREE_DEPTH, each text parsed once a process (see _DEPTHS)."""
    return nests_past(text, language, MOST_TREE_DEPTH)


def nests_past(text: str, language: str, depth: int) -> bool:
    """parsed_depth past ``depth``, each text parsed once a process (see depth_past)."""
    return depth_past(text, language, depth)[0]


def depth_past(text: str, language: str, depth: int) -> tuple[bool, bool | None]:
    """parsed_depth: whether ``text`` nests past ``depth`` and whether its tree holds a syntax error
    (None: not parsed), each text parsed once a process where an answer kept in _DEPTHS decides it:
    a text past a depth is past any lower one, a text not past a depth is not past any higher one (a
    bulk scan asks a lower depth first, see record_flood)."""
    data = text.encode("utf-8", "surrogatepass")
    if not may_nest_deeper(len(data), depth):
        return False, None
    key = hashlib.sha256(language.encode() + b"\0" + data).digest()
    known = _DEPTHS.get(key)
    if known is not None and (depth <= known[0] if known[1] else depth >= known[0]):
        return known[1], known[2]
    deep, erred = parsed_depth(text, language, depth)
    if len(_DEPTHS) >= _MOST_DEPTHS:
        _DEPTHS.clear()
    _DEPTHS[key] = (depth, deep, erred)
    return deep, erred


def left_unparsed(skipped: str | None) -> bool:
    """Whether a file was skipped (``skipped``: the reason) because its text is one of those above:
    code no rule looked at, which a check cannot call clean (a deep chain can hide a finding)."""
    return skipped is not None and skipped.startswith(_REASON_STARTS)


def may_nest_too_deep(size: int) -> bool:
    """Whether a text of ``size`` bytes may nest past :data:`MOST_TREE_DEPTH` (see tree_depth)."""
    return may_nest_deeper(size, MOST_TREE_DEPTH)


def _deep_line(text: str) -> bool:
    """Whether a line of ``text`` starts with MOST_INDENT_LEVELS spaces or tabs. Text without a
    tab (nearly every file) is searched for the spaces after a newline as one substring; a
    multiline `^` was tried at every character of every file (~30 ms over SQLAlchemy's lib/,
    once before the ast-grep CLI starts and once as each file is read)."""
    if "\t" not in text:
        return text.startswith(_BLANKS) or "\n" + _BLANKS in text
    return _DEEP_START.match(text) is not None or _DEEP_AFTER_NEWLINE.search(text) is not None
