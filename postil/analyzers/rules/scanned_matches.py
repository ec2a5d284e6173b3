"""A config's matches in a file as a bulk scan's records of it give them (see bulk._taint_record):
each record holds its match's range and its metavariables' ranges, so the nodes are found by
range in the parsed file instead of searching the config again (ast-grep-py compiles a search
each time: the sinks a handler's check asked again were ~8% of its CPU). The match's kind comes
from the config (its pattern's or its kinds: see root_kinds); where the range and the kinds do
not name one node, the config is searched as before."""

from __future__ import annotations

import json
import re

from ast_grep_py import SgRoot

_DECODER = json.JSONDecoder()
_RANGE, _VARIABLES = '"range":', '"metaVariables":'
_METAVARIABLE = re.compile(r"^(?:\$|µ)[A-Z_][A-Z0-9_]*$")
_EXPANDO = {"javascript": "$", "typescript": "$", "tsx": "$"}  # as ast-grep parses patterns (µ elsewhere)
_RANGES_KEPT = 8192  # characters of a record's range and metavariables kept (see match_ranges)


def char_offsets(text: str, byte_offsets: set[int]) -> dict[int, int]:
    """UTF-8 byte offsets in ``text`` → string offsets, in one pass over the text; an offset
    inside a character or outside the text (a record of another text: the file changed after
    its scan) is left out."""
    if text.isascii():
        return {b: b for b in byte_offsets if 0 <= b <= len(text)}
    encoded = text.encode("utf-8", "surrogatepass")
    mapping, chars, previous = {}, 0, 0
    for offset in sorted(byte_offsets):
        if not 0 <= offset <= len(encoded) or offset < len(encoded) and 0x80 <= encoded[offset] < 0xC0:
            continue  # (a continuation byte: inside a character)
        chars += len(encoded[previous:offset].decode("utf-8", "surrogatepass"))
        mapping[offset], previous = chars, offset
    return mapping


def match_ranges(line: str, file_at: int) -> str | None:
    """Of a match's record (``file_at``: where its `"file":` key is), the part read here (its
    range, then its metavariables), kept until its file is checked: not the match's text and
    lines, which every record of a tree would hold in memory; None for a record too long to
    keep (its config is searched)."""
    at, variables = line.find(_RANGE), line.find(_VARIABLES)  # (no metavariables: none printed)
    if not 0 <= at < file_at or 0 <= variables < file_at:
        return None
    kept = line[at:file_at] + (line[variables:] if variables >= 0 else "")
    return kept if len(kept) <= _RANGES_KEPT else None


_PATTERN_KINDS: dict[tuple[str, str], str | None] = {}


def _pattern_kind(pattern: str, language: str) -> str | None:
    """The kind of node a pattern matches: its tree's node below the wrappers of one child
    (`f($X)` is a module holding an expression statement holding the call; an error inside,
    `$F($X $$$)`, leaves it a call); None for a metavariable (any kind) or a pattern whose
    node is an error."""
    key = (pattern, language)
    if key not in _PATTERN_KINDS:
        try:
            node = SgRoot(pattern.replace("$", _EXPANDO.get(language, "µ")), language).root()
            children = node.children()
            while len(children) == 1:
                node, children = children[0], children[0].children()
            kind = None if node.kind() == "ERROR" or _METAVARIABLE.match(node.text()) else node.kind()
        except BaseException as exc:  # pyo3 panics are BaseException subclasses
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            kind = None
        _PATTERN_KINDS[key] = kind
    return _PATTERN_KINDS[key]


def _rule_kinds(rule: object, utils: dict, language: str, depth: int = 0) -> frozenset[str] | None:
    """The kinds of node ``rule`` can match (None: any, or not known)."""
    if not isinstance(rule, dict) or depth > 8:
        return None
    known = []
    if isinstance(rule.get("kind"), str):
        known.append(frozenset({rule["kind"]}))
    if isinstance(rule.get("pattern"), str):
        kind = _pattern_kind(rule["pattern"], language)
        known.append(frozenset({kind}) if kind is not None else None)
    if isinstance(rule.get("any"), list):
        items = [_rule_kinds(item, utils, language, depth + 1) for item in rule["any"]]
        known.append(None if not items or None in items else frozenset().union(*items))
    if isinstance(rule.get("all"), list):
        items = [k for k in (_rule_kinds(item, utils, language, depth + 1) for item in rule["all"]) if k is not None]
        known.append(frozenset.intersection(*items) if items else None)
    if isinstance(rule.get("matches"), str) and isinstance(utils.get(rule["matches"]), dict):
        known.append(_rule_kinds(utils[rule["matches"]], utils, language, depth + 1))
    sets = [k for k in known if k is not None]
    return frozenset.intersection(*sets) if sets else None


_KINDS: dict[tuple[int, str], tuple[dict, frozenset[str] | None]] = {}


def root_kinds(config: dict, language: str) -> frozenset[str] | None:
    """The kinds of node ``config`` matches (None: not known from the config alone)."""
    cached = _KINDS.get((id(config), language))
    if cached is None or cached[0] is not config:
        if len(_KINDS) >= 20_000:
            _KINDS.clear()
        utils = config.get("utils") if isinstance(config.get("utils"), dict) else {}
        cached = _KINDS[(id(config), language)] = (config, _rule_kinds(config.get("rule"), utils, language))
    return cached[1]


class NodeMatch:
    """A node as the match of a config (search.Bound, RecordMatch): its metavariables as the
    subclass binds them (none transformed: a config with transforms is searched on its own);
    everything else is the node's."""

    __slots__ = ("node",)

    def get_transformed(self, name: str) -> None:
        return None

    # the node's own methods: the frequent ones directly, the others through __getattr__
    def range(self):
        return self.node.range()

    def kind(self) -> str:
        return self.node.kind()

    def text(self) -> str:
        return self.node.text()

    def parent(self):
        return self.node.parent()

    def field(self, name: str):
        return self.node.field(name)

    def __getattr__(self, name: str):
        return getattr(self.node, name)


class RecordMatch(NodeMatch):
    """A node a bulk scan's record matched, with the record's metavariables: each found by
    its range under the match (or in the file) when it is first asked."""

    __slots__ = ("_at", "_found", "_multi", "_nodes", "_single")

    def __init__(self, node, at: tuple[int, int], nodes: RecordMatches, single: dict, multi: dict) -> None:
        self.node = node
        self._at = at  # the node's span
        self._nodes = nodes
        self._single = single  # name -> (start, end)
        self._multi = multi  # name -> [(start, end), ...]
        self._found: dict[str, object] = {}

    def get_match(self, name: str):
        if name not in self._found:
            span = self._single.get(name)
            self._found[name] = self._nodes.bound(self.node, self._at, span) if span is not None else None
        return self._found[name]

    def get_multiple_matches(self, name: str) -> list:
        spans = self._multi.get(name)
        return [self._nodes.bound(self.node, self._at, span) for span in spans] if spans else []



def _offsets(decoded: list) -> set[int]:
    """The byte offsets of decoded records (see _decoded)."""
    return {o for span, single, multi in decoded
            for s in [span, *single.values(), *(s for spans in multi.values() for s in spans)] for o in s}


class RecordMatches:
    """The matches of one parsed file's scanned configs (``records``: config key → its records'
    JSON lines) built from the records; ``ascii_text``: the file's text is ASCII (byte offsets
    are character offsets)."""

    def __init__(self, root, language: str, ascii_text: bool, records: dict[str, list[str]]) -> None:
        self.root = root
        self.language = language
        self.ascii_text = ascii_text
        self.records = records
        self._children: dict[int, tuple[object, list, list]] = {}  # id(node) -> (node, children, their spans)
        self._chars: dict[int, int] | None = None
        self._root: tuple[int, int] | None = None  # the root's span

    def matches(self, config: dict, key: str) -> list | None:
        """``config``'s matches from its records (none where the scan found none), or None where
        they do not tell the nodes (a transform; a range and kinds naming no node or several)."""
        lines = self.records.get(key)
        if not lines or None in lines or "transform" in config:
            return None
        kinds = root_kinds(config, self.language)
        decoded = [_decoded(line) for line in lines]
        if not self.ascii_text and not self._char_map(decoded):
            return None  # (an offset inside a character: a record of another text)
        out = []
        for span, single, multi in decoded:
            at = self._span(span)
            node = self._match_node(at, kinds)
            if node is None:
                return None
            out.append(RecordMatch(node, at, self, {n: self._span(s) for n, s in single.items()},
                                   {n: [self._span(s) for s in spans] for n, spans in multi.items()}))
        return out

    def _char_map(self, decoded: list) -> bool:
        """The records' offsets mapped to characters; False where one is not a character's."""
        offsets = _offsets(decoded)
        text = self.root.text()
        if self._chars is None or not offsets <= self._chars.keys():
            self._chars = {**(self._chars or {}), **char_offsets(text, offsets)}
        return offsets <= self._chars.keys()

    def _span(self, span: tuple[int, int]) -> tuple[int, int]:
        return span if self.ascii_text else (self._chars[span[0]], self._chars[span[1]])

    def _match_node(self, span: tuple[int, int], kinds: frozenset[str] | None):
        top = self._under(self.root, self._root_span(), span)
        if top is None:
            return None
        chain = [top]
        while True:
            child = self._child_at(chain[-1], span)
            if child is None or child[1] != span:
                break
            chain.append(child[0])
        if kinds is None:
            return top if len(chain) == 1 else None
        fitting = [node for node in chain if node.kind() in kinds]
        return fitting[0] if len(fitting) == 1 else None

    def bound(self, match, at: tuple[int, int], span: tuple[int, int]):
        """The node a metavariable of ``match`` (of span ``at``) binds: the outermost of ``span``
        under the match (a relation's metavariable outside it: in the file)."""
        return self._under(match, at, span) or self._under(self.root, self._root_span(), span)

    def _root_span(self) -> tuple[int, int]:
        if self._root is None:
            r = self.root.range()
            self._root = (r.start.index, r.end.index)
        return self._root

    def _under(self, node, at: tuple[int, int], span: tuple[int, int]):
        """The outermost node of ``span`` in the subtree of ``node`` (of span ``at``; None: none)."""
        if not (at[0] <= span[0] and span[1] <= at[1]):
            return None
        while at != span:
            child = self._child_at(node, span)
            if child is None:
                return None
            node, at = child
        return node

    def _child_at(self, node, span: tuple[int, int]) -> tuple[object, tuple[int, int]] | None:
        """The child of ``node`` holding ``span``, and its span (None: none): the last child
        starting at or before it (a node's children do not overlap), found by bisection, reading
        the spans of few children (each read builds objects: ~1-3 k instructions); a span of no
        width is looked for child by child (a child of no width may sit beside it)."""
        cached = self._children.get(id(node))
        if cached is None or cached[0] is not node:
            kids = node.children()
            cached = self._children[id(node)] = (node, kids, [None] * len(kids))
        _, kids, spans = cached
        start, end = span
        if start == end:
            for i in range(len(kids)):
                at = self._kid_span(kids, spans, i)
                if at == span or at[0] <= start and end <= at[1] and at[0] != at[1]:
                    return kids[i], at
            return None
        low, high = 0, len(kids)
        while low < high:
            middle = (low + high) // 2
            if self._kid_span(kids, spans, middle)[0] <= start:
                low = middle + 1
            else:
                high = middle
        if not low:
            return None
        at = self._kid_span(kids, spans, low - 1)
        return (kids[low - 1], at) if at[0] <= start and end <= at[1] else None

    @staticmethod
    def _kid_span(kids: list, spans: list, i: int) -> tuple[int, int]:
        at = spans[i]
        if at is None:
            r = kids[i].range()
            at = spans[i] = (r.start.index, r.end.index)
        return at


def _decoded(line: str) -> tuple[tuple[int, int], dict, dict]:
    """A record's (byte span, single metavariables' byte spans, multiple metavariables' lists of
    them) from its range and metavariables (see match_ranges)."""
    span = _DECODER.raw_decode(line, line.find(_RANGE) + len(_RANGE))[0]
    variables = line.find(_VARIABLES)
    meta = _DECODER.raw_decode(line, variables + len(_VARIABLES))[0] if variables >= 0 else {}

    def of(value: dict) -> tuple[int, int]:
        return value["range"]["byteOffset"]["start"], value["range"]["byteOffset"]["end"]

    return ((span["byteOffset"]["start"], span["byteOffset"]["end"]),
            {name: of(value) for name, value in (meta.get("single") or {}).items()},
            {name: [of(v) for v in values] for name, values in (meta.get("multi") or {}).items()})
