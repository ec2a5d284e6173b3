"""Split a file into size-bounded chunks along its syntax tree.

Small neighbouring definitions share a chunk; a definition too big for one chunk is
split along its children (methods of a class, statements of a function), and every
piece carries the header lines of the definitions around it (``class Session:``) so
it reads on its own. Files without a grammar are cut into line windows, prose at its
headings.

Sizes are characters by default; given ``line_cost`` (an embedding model's tokenizer
counting the word pieces of each line) they are tokens, so a chunk fits the model's window
and the definition it starts with is never cut off before the model sees it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

MAX_CHARS = 1500  # ~375 tokens: a few small functions, or one medium one


@dataclass(slots=True)
class Chunk:
    start: int  # first line, 1-based
    end: int  # last line, inclusive
    text: str
    kind: str  # "code" | "prose" | "text"
    header: str = ""  # enclosing definitions' first lines, outermost first


@cache
def get_parser(language: str):
    """A tree-sitter parser for a language of the bundled pack, or None."""
    try:
        from tree_sitter_language_pack import get_parser as _get_parser

        return _get_parser(language)
    except Exception:  # unknown grammar or a broken install: fall back to windows
        return None


_DEFINITION_WORDS = ("class", "function", "method", "impl", "module", "trait", "interface", "struct",
                     "namespace", "enum", "definition", "declaration", "singleton", "object")


LineCost = Callable[[list[str]], list[int]]  # the size of each line (e.g. a tokenizer's word pieces)


class _Lines:
    """Line table of one file with O(1) size of any line range."""

    def __init__(self, text: str, line_cost: LineCost | None = None) -> None:
        self.lines = text.split("\n")
        if self.lines and self.lines[-1] == "":
            self.lines.pop()
        costs = line_cost(self.lines) if line_cost is not None and self.lines else [len(line) + 1 for line in self.lines]
        cum = [0]
        total = 0
        for cost in costs:
            total += cost
            cum.append(total)
        self.cum = cum

    def size(self, lo: int, hi: int) -> int:
        return self.cum[hi + 1] - self.cum[lo]

    def text(self, lo: int, hi: int) -> str:
        return "\n".join(self.lines[lo : hi + 1])


def _emit(out: list, table: _Lines, lo: int, hi: int, kind: str, header: str) -> None:
    while lo <= hi and not table.lines[lo].strip():
        lo += 1
    while hi >= lo and not table.lines[hi].strip():
        hi -= 1
    if lo > hi:
        return
    out.append((lo, hi, kind, header))


def _finish(spans: list, table: _Lines, max_chars: int) -> list[Chunk]:
    """Merge neighbouring pieces that fit together, then build the chunks."""
    merged: list[list] = []
    for lo, hi, kind, header in spans:
        if merged:
            last = merged[-1]
            # Deeper pieces join what opened them; a shallower piece may not drop every header.
            fits = table.size(last[0], hi) <= max_chars
            if fits and (header.startswith(last[3]) or (header and last[3].startswith(header))):
                last[1] = hi
                last[3] = min(last[3], header, key=len)
                continue
        merged.append([lo, hi, kind, header])
    return [Chunk(lo + 1, hi + 1, table.text(lo, hi), kind, header) for lo, hi, kind, header in merged]


def _header_line(table: _Lines, node, row: int, last: int) -> str:
    """The first line of a definition that is not a decorator or attribute."""
    definition = node.child_by_field_name("definition")
    if definition is not None:
        row = definition.start_point.row
    for r in range(row, min(last, row + 20) + 1):
        stripped = table.lines[r].strip()
        if stripped and not stripped.startswith(("@", "#[", "//", "#", "/*", "*")):
            return table.lines[r].rstrip()
    return table.lines[row].rstrip()


def _windows(out: list, table: _Lines, lo: int, hi: int, kind: str, header: str, max_chars: int) -> None:
    """Cut rows lo..hi into windows of at most max_chars, preferring blank lines as cuts."""
    start = lo
    while start <= hi:
        end = start
        last_blank = -1
        while end < hi and table.size(start, end + 1) <= max_chars:
            end += 1
            if not table.lines[end].strip():
                last_blank = end
        if end < hi and last_blank > start + (end - start) // 2:
            end = last_blank
        _emit(out, table, start, end, kind, header)
        start = end + 1


def _body_children(node):
    body = node.child_by_field_name("body")
    if body is not None and body.named_child_count:
        return body.named_children
    return node.named_children


def _is_definition(node_type: str) -> bool:
    return any(word in node_type for word in _DEFINITION_WORDS)


def _split(node, lo: int, hi: int, header: str, out: list, table: _Lines, max_chars: int, merge: int) -> None:
    """Pieces of rows lo..hi of ``node``: whole when within ``max_chars``, unless it holds
    definitions and is bigger than ``merge`` (then each definition gets its own piece)."""
    kids = [k for k in _body_children(node) if k.end_point.row >= lo and k.start_point.row <= hi]
    size = table.size(lo, hi)
    if size <= max_chars and (size <= merge or not any(_is_definition(k.type) for k in kids)):
        _emit(out, table, lo, hi, "code", header)
        return
    if not kids or (len(kids) == 1 and kids[0].start_point.row <= lo and kids[0].end_point.row >= hi
                    and kids[0].named_child_count == 0):
        _windows(out, table, lo, hi, "code", header, max_chars)
        return
    sub_header = header
    if node.parent is not None and _is_definition(node.type) and node.start_point.row >= lo:
        line = _header_line(table, node, node.start_point.row, hi)
        if not header.endswith(line):
            sub_header = (header + "\n" if header else "") + line
    group_start = lo
    group_end = -1  # last row of the pending group, -1 when empty
    for kid in kids:
        ks = max(kid.start_point.row, lo)
        ke = min(kid.end_point.row, hi)
        if ke < group_start:
            continue  # shares a row with what came before
        bound = merge if _is_definition(kid.type) else max_chars
        if group_end >= group_start and table.size(group_start, ke) > bound:
            _emit(out, table, group_start, group_end, "code", header if group_start == lo else sub_header)
            group_start = group_end + 1
            group_end = -1
        if table.size(group_start, ke) > bound:
            if ks > group_start:
                _emit(out, table, group_start, ks - 1, "code", header if group_start == lo else sub_header)
            if kid.start_point.row == node.start_point.row and kid.end_point.row == node.end_point.row:
                _windows(out, table, max(ks, group_start), ke, "code", sub_header, max_chars)
            else:
                _split(kid, max(ks, group_start), ke, sub_header, out, table, max_chars, merge)
            group_start = ke + 1
            group_end = -1
        else:
            group_end = ke
    if group_start <= hi:
        _emit(out, table, group_start, hi, "code", header if group_start == lo else sub_header)


_MD_HEADING = re.compile(r"^(#{1,6}\s|\S.*\n(?:=+|-+|~+|\^+)\s*$)")
_RST_UNDERLINE = re.compile(r"^(=+|-+|~+|\^+|\*+|#+)\s*$")


def _prose(text: str, max_chars: int, line_cost: LineCost | None = None, merge: int | None = None) -> list[Chunk]:
    table = _Lines(text, line_cost)
    n = len(table.lines)
    heads = [0]
    for i, line in enumerate(table.lines):
        if i and (line.startswith("#") and line.lstrip("#").startswith(" ")):
            heads.append(i)
        elif i > 1 and _RST_UNDERLINE.match(line) and table.lines[i - 1].strip() and len(line.strip()) >= 3:
            heads.append(i - 1)
    heads = sorted(set(heads)) + [n]
    out: list = []
    # Group whole sections up to the size bound; window the ones that are too big.
    group_start = 0
    for a, b in zip(heads, heads[1:]):
        if b <= a:
            continue
        if table.size(group_start, b - 1) <= max_chars:
            continue
        if a > group_start:
            _emit(out, table, group_start, a - 1, "prose", "")
        heading = table.lines[a].strip()
        if table.size(a, b - 1) > max_chars:
            _windows(out, table, a, b - 1, "prose", heading if not heading.startswith(("=", "-")) else "", max_chars)
            group_start = b
        else:
            group_start = a
    if group_start < n:
        _emit(out, table, group_start, n - 1, "prose", "")
    return _finish(out, table, max_chars if merge is None else merge)


def chunk_text(text: str, kind: str, language: str | None = None, max_chars: int = MAX_CHARS,
               line_cost: LineCost | None = None, merge: int | None = None):
    """(chunks, tree) for one file; tree is the tree-sitter tree when one was parsed.
    ``max_chars`` bounds the size of a chunk as ``line_cost`` measures it (default: characters);
    neighbours are merged while their sum stays within ``merge`` (default: ``max_chars``)."""
    merge = max_chars if merge is None else min(merge, max_chars)
    if kind == "prose":
        return _prose(text, max_chars, line_cost, merge), None
    if kind == "code" and language:
        parser = get_parser(language)
        if parser is not None:
            data = text.encode("utf-8", "surrogatepass")
            tree = parser.parse(data)
            table = _Lines(text, line_cost)
            spans: list = []
            if table.lines:
                _split(tree.root_node, 0, len(table.lines) - 1, "", spans, table, max_chars, merge)
            return _finish(spans, table, merge), tree
    table = _Lines(text, line_cost)
    spans = []
    if table.lines:
        _windows(spans, table, 0, len(table.lines) - 1, "text", "", max_chars)
    return _finish(spans, table, merge), None
