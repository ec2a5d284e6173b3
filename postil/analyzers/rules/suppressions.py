"""Suppression comments: ``postil: ignore[RULE, ...]`` and ``postil: ignore-file[RULE]``.

A marker counts only inside a real comment of the file's language: a comment node of
its tree-sitter grammar, or for files without a grammar (``.env``, ``.toml`` ...) the
line comment its syntax defines. Text in strings never suppresses anything, and no
language borrows another's comment marker (``;`` is not a comment in Python).

A line comment suppresses findings that start on its own line; a comment alone on
its line suppresses the next line too. ``ignore`` without a list suppresses every
rule. Rule ids may be prefixes (``python/security``).

Other tools' suppressions (also only in real comments) are honoured where a postil
rule checks the same thing, as its metadata says (``metadata: {bandit: B602, ruff:
S602, eslint: no-eval, gosec: G402}``): ``# noqa: S602`` (bare ``# noqa``: every rule
with a ``ruff`` code), ``# nosec B602`` / ``// #nosec G402`` (bare: every rule with a
``bandit`` or ``gosec`` code), ``// eslint-disable-line no-eval`` and
``eslint-disable-next-line`` (bare: every rule with an ``eslint`` name), and
``# nosemgrep`` (every rule; ``nosemgrep: ID`` a rule whose id ends with ID or whose
``semgrep`` metadata names it). They apply to the comment's line; ``nosemgrep`` and
``eslint-disable-next-line`` alone on a line apply to the next line. ast-grep's own
``# ast-grep-ignore`` (``: ID, ...`` names rules exactly) works as in ast-grep's CLI, which
postil runs on large trees: on its line, alone on a line on the next one, and as the file's
first line followed by an empty one on the whole file.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePath

from postil.analyzers.findings import Finding, LineIndex, Severity, Span
from postil.analyzers.languages import PUG_SUFFIXES, comment_prefix, language_of
from postil.analyzers.rules.changed_span import changed_span
from postil.core.grammars import parser

_MARKER = re.compile(r"postil:\s*(?P<kind>ignore-file|ignore)\b(?:\[(?P<ids>[^\]]*)\])?")
_FOREIGN = re.compile(
    r"(?<![\w-])(?:(?P<noqa>noqa)(?::?\s*(?P<noqa_ids>[A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*))?"
    r"|(?P<nosec>nosec)(?::?[ \t]*(?P<nosec_ids>[BG][0-9]{3}(?:[ \t,]+[BG][0-9]{3})*))?"
    r"|(?P<nosemgrep>nosemgrep)(?::[ \t]*(?P<nosemgrep_ids>[\w./-]+(?:[ \t]*,[ \t]*[\w./-]+)*))?"
    r"|(?P<eslint>eslint-disable-(?:next-)?line)(?:[ \t]+(?P<eslint_ids>[\w@/-]+(?:[ \t]*,[ \t]*[\w@/-]+)*))?"
    r"|(?P<astgrep>ast-grep-ignore)(?::[ \t]*(?P<astgrep_ids>[\w./-]+(?:[ \t]*,[ \t]*[\w./-]+)*))?)",
    re.IGNORECASE,
)
_FOREIGN_WORDS = ("noqa", "NOQA", "nosec", "NOSEC", "nosemgrep", "eslint-disable", "ast-grep-ignore")
_FOREIGN_TOOLS = {"noqa": "ruff", "nosec": "bandit", "nosemgrep": "nosemgrep", "eslint": "eslint",
                  "astgrep": "ast-grep"}

UNKNOWN_RULE_ID = "postil/unknown-suppression"
# Rule ids read from one comment; the rest of a longer list is ignored.
MAX_IDS_PER_COMMENT = 64
ALL_RULES = "*"


def matches_selector(rule_id: str, selector: str) -> bool:
    """True when ``selector`` is the rule id, a prefix of it ending at a separator, or ``*``."""
    if selector == ALL_RULES or selector == rule_id:
        return True
    return rule_id.startswith(selector) and (selector.endswith(("/", "-", ".")) or rule_id[len(selector)] in "/-.")


@dataclass
class Suppressions:
    """The suppression comments of one file."""

    by_line: dict[int, set[str]] = field(default_factory=dict)
    file_wide: set[str] = field(default_factory=set)
    mentions: list[tuple[str, int, int]] = field(default_factory=list)  # (id, line, column)
    foreign: dict[int, list[tuple[str, frozenset[str] | None]]] = field(default_factory=dict)  # (tool, codes)
    foreign_file_wide: list[tuple[str, frozenset[str] | None]] = field(default_factory=list)

    def suppresses(self, finding: Finding) -> bool:
        """Whether a comment on the finding's first line, on its sink's (see Finding.sink), on a call
        handing the sink its data (see Related.call) or for the whole file turns it off."""
        lines = {finding.span.start_line, finding.sink_span.start_line} | {r.span.start_line for r in finding.related if r.call}
        selectors = self.file_wide.union(*(self.by_line.get(line, ()) for line in lines))
        if any(matches_selector(finding.rule, s) for s in selectors):
            return True
        return any(_foreign_covers(tool, codes, finding)
                   for tool, codes in (*(c for line in lines for c in self.foreign.get(line, ())),
                                       *self.foreign_file_wide))

    def unknown_ids(self, known_ids: frozenset[str], path: str) -> list[Finding]:
        """Hints for suppressions naming rules that do not exist."""
        hints = []
        valid = selectors_of(known_ids)
        for rule_id, line, column in self.mentions:
            if rule_id == ALL_RULES or rule_id in valid:
                continue
            hints.append(
                Finding(
                    rule=UNKNOWN_RULE_ID,
                    severity=Severity.HINT,
                    message=f"suppression names unknown rule `{rule_id}`: it suppresses nothing"
                            f"{did_you_mean(rule_id, known_ids)}",
                    path=path,
                    span=Span(line, column, line, column + len(rule_id)),
                    note="Check the id with `postil rules list`, or remove the suppression.",
                )
            )
        return hints


def did_you_mean(selector: str, known_ids: set[str]) -> str:
    import difflib  # here: only a selector that matches no rule needs it

    prefixes = {rule_id.rsplit("/", depth)[0] for rule_id in known_ids for depth in (1, 2) if "/" in rule_id}
    close = difflib.get_close_matches(selector, sorted(known_ids | prefixes), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


@lru_cache(maxsize=8)
def selectors_of(known_ids: frozenset[str]) -> set[str]:
    """Every selector that matches some known id (see :func:`matches_selector`), so a
    mention is checked in constant time however many rules there are."""
    valid = set(known_ids)
    for rule_id in known_ids:
        for i, ch in enumerate(rule_id):
            if ch in "/-.":
                valid.update((rule_id[:i], rule_id[: i + 1]))
    return valid




_TREES: OrderedDict[tuple[str, str], tuple[bytes, object]] = OrderedDict()
_TREES_KEPT = 32
_TREES_LOCK = threading.Lock()


def _point(data: bytes, offset: int) -> tuple[int, int]:
    return data.count(b"\n", 0, offset), offset - (data.rfind(b"\n", 0, offset) + 1)


def parse_tree(data: bytes, language: str, key: str | None = None):
    """The tree-sitter tree of ``data``; with a ``key`` (a path) the last tree of that key
    is reused for an incremental parse (an edit between keystrokes costs ~1 ms, not a
    full parse)."""
    tree_parser = parser(language)
    if key is None:
        return tree_parser.parse(data)
    slot = (key, language)
    with _TREES_LOCK:
        old = _TREES.pop(slot, None)
    tree = None
    if old is not None:
        old_data, old_tree = old
        start, suffix = changed_span(old_data, data)
        old_end, new_end = len(old_data) - suffix, len(data) - suffix
        old_tree.edit(start_byte=start, old_end_byte=old_end, new_end_byte=new_end,
                      start_point=_point(data, start), old_end_point=_point(old_data, old_end),
                      new_end_point=_point(data, new_end))
        tree = tree_parser.parse(data, old_tree)
    if tree is None:
        tree = tree_parser.parse(data)
    with _TREES_LOCK:
        _TREES[slot] = (data, tree)
        while len(_TREES) > _TREES_KEPT:
            _TREES.popitem(last=False)
    return tree


class CommentMap:
    """Where a file's comments are: ``comment_at(offset)`` gives the start offset of the
    comment containing that string offset, or None when it is code or a string."""

    def __init__(self, text: str, path: str | PurePath | None = None, language: str | None = None) -> None:
        self.text = text
        self.path = path
        self.language = language or (language_of(path) if path is not None else None)
        self.opening = comment_prefix(path or "x.txt")[0].strip()
        if path is not None and PurePath(path).suffix.lower() in PUG_SUFFIXES:  # read as HTML, commented as Pug
            self.language, self.opening = None, "//"
        self._parsed = False
        self._ascii = text.isascii()

    @property
    def _root(self):
        """The file's syntax tree, parsed on first use (None without a grammar)."""
        if not self._parsed:
            self._parsed, self._tree_root = True, None
            if self.language is not None:
                try:
                    data = self.text.encode("utf-8", "surrogatepass")
                    key = str(self.path) if self.path is not None else None
                    self._tree_root = parse_tree(data, self.language, key).root_node
                except LookupError:
                    pass
        return self._tree_root

    def _bytes(self, offset: int) -> int:
        return offset if self._ascii else len(self.text[:offset].encode("utf-8", "surrogatepass"))

    def _chars(self, byte: int) -> int:
        if self._ascii:
            return byte
        return len(self.text.encode("utf-8", "surrogatepass")[:byte].decode("utf-8", "surrogatepass"))

    def comment_at(self, offset: int, length: int = 1) -> int | None:
        if self._root is not None:
            start = self._bytes(offset)
            node = self._root.descendant_for_byte_range(start, start + length)
            for _ in range(3):
                if node is None:
                    break
                if "comment" in node.type:
                    return self._chars(node.start_byte)
                node = node.parent
            return None
        # No grammar: the syntax's line comment, opened at the line start or after whitespace.
        line_start = self.text.rfind("\n", 0, offset) + 1
        line = self.text[line_start:offset]
        for m in re.finditer(re.escape(self.opening), line):
            if m.start() == 0 or line[m.start() - 1].isspace():
                return line_start + m.start()
        return None


def _codes(value) -> set[str]:
    if value is None:
        return set()
    return {str(v).lower() for v in (value if isinstance(value, (list, tuple)) else [value])}


def _foreign_covers(tool: str, codes: frozenset[str] | None, finding: Finding) -> bool:
    """Whether another tool's suppression comment names what ``finding``'s rule checks."""
    if tool == "ast-grep":
        return codes is None or finding.rule.lower() in codes
    if tool == "nosemgrep":
        return codes is None or any(finding.rule.lower().endswith(c) or c in _codes(finding.metadata.get("semgrep"))
                                    for c in codes)
    mapped = _codes(finding.metadata.get(tool))
    if tool == "bandit":  # `#nosec` is gosec's comment too
        mapped |= _codes(finding.metadata.get("gosec"))
    return bool(mapped) and (codes is None or not mapped.isdisjoint(codes))


def _parse_foreign(text: str, index: LineIndex, comments: CommentMap, result: Suppressions,
                   lines: set[int] | None) -> None:
    if lines is None:
        matches = _FOREIGN.finditer(text)
    else:  # a comment covers its own line and the next: only those lines are searched
        wanted = {n for line in lines for n in (line - 1, line) if 0 <= n < index.line_count}
        if "ast-grep-ignore" in index.line_text(0):  # may cover the whole file
            wanted.add(0)
        wanted = sorted(wanted)
        matches = itertools.chain.from_iterable(
            _FOREIGN.finditer(text, index.line_starts[n], index.line_end(n)) for n in wanted)
    for match in matches:
        line, _ = index.position(match.start())
        comment_start = comments.comment_at(match.start(), len(match.group(0)))
        if comment_start is None:
            continue
        group = next(g for g in _FOREIGN_TOOLS if match.group(g))
        ids_text = match.group(f"{group}_ids")
        codes = frozenset(c.lower() for c in re.split(r"[\s,]+", ids_text.strip()) if c) if ids_text else None
        entry = (_FOREIGN_TOOLS[group], codes)
        next_line = match.group(group).lower() == "eslint-disable-next-line"
        comment_line, column = index.position(comment_start)
        alone = comment_line == line and not index.line_text(line)[:column].strip()
        if group == "astgrep" and alone and line == 0 and index.line_count > 1 and not index.line_text(1).strip():
            result.foreign_file_wide.append(entry)  # ast-grep's file-level form
        if not next_line:
            result.foreign.setdefault(line, []).append(entry)
        if next_line or (group in ("nosemgrep", "astgrep") and alone):
            result.foreign.setdefault(line + 1, []).append(entry)


def parse_suppressions(text: str, index: LineIndex | None = None, *, path: str | PurePath | None = None,
                       language: str | None = None, comments: CommentMap | None = None,
                       lines: set[int] | None = None) -> Suppressions:
    """Every suppression comment of a file (``path`` or ``language`` names its syntax); with
    ``lines``, other tools' comments (``# noqa``...) only where they can cover a finding
    starting on one of those lines (a large file has thousands, each a look-up in its tree)."""
    result = Suppressions()
    foreign = any(word in text for word in _FOREIGN_WORDS)
    if "postil:" not in text and not foreign:
        return result
    index = index or LineIndex(text)
    comments = comments or CommentMap(text, path, language)
    if foreign:
        _parse_foreign(text, index, comments, result, lines)
    if "postil:" not in text:
        return result
    for match in _MARKER.finditer(text):
        comment_start = comments.comment_at(match.start(), len("postil:"))
        if comment_start is None:
            continue
        line, _ = index.position(match.start())
        ids_text = match.group("ids")
        if ids_text is None:
            ids = {ALL_RULES}
        else:
            ids = set()
            base = match.start("ids")
            for part in itertools.islice(re.finditer(r"[^,\s]+", ids_text), MAX_IDS_PER_COMMENT):
                ids.add(part.group())
                _, column = index.position(base + part.start())
                result.mentions.append((part.group(), line, column))
        if match.group("kind") == "ignore-file":
            result.file_wide |= ids
            continue
        result.by_line.setdefault(line, set()).update(ids)
        comment_line, column = index.position(comment_start)
        if comment_line == line and not index.line_text(line)[:column].strip():
            result.by_line.setdefault(line + 1, set()).update(ids)
    return result
