"""A file's leading comments as a bulk scan's literal pre-pass reads them (see bulk._narrowed).

Most of a library's files open with the same licence header (each of SQLAlchemy's names
`https://www.opensource.org/licenses/mit-license.php`), so a literal a rule needs (`http`,
`open`, `format`) is held by every file and the rule went to all of them. Only the root (a
`module`), an ERROR wrapping it and the comments themselves hold a comment before the first
statement: a rule document whose every text test (a `regex`, a `pattern`) is made of a node of
another kind cannot match text only those lines hold, and is not sent for a literal found there
alone. A document that may test such a node (`kind: module` with a `regex`, a `comment`, a node
of no known kind) is sent as before.
"""

from __future__ import annotations

import re

# blank lines and lines that are a comment, from the text's start (a line of code, a string, a
# carriage return or a form feed ends them: what the pre-pass leaves out is only comments)
_LEADING = {"python": re.compile(rb"(?:[ \t]*(?:#[^\r\n]*)?\n)*")}
# the kinds of the nodes whose text may hold a leading comment (the root, an ERROR, the comment)
_HEADER_KINDS = {"python": frozenset({"module", "comment", "ERROR"})}
_BARE_METAVARIABLE = re.compile(r"\s*\$(\$\$)?[A-Z_][A-Z0-9_]*\s*|\s*\$(\$\$)?\s*")
_RELATIONS = ("has", "inside", "follows", "precedes")


def leading_end(data: bytes, language: str | None) -> int:
    """Where the leading comment lines of a file's bytes end (0: none, or a language without)."""
    leading = _LEADING.get(language or "")
    return leading.match(data).end() if leading is not None else 0


def split_hits(search, data: bytes, language: str | None) -> tuple[set, set]:
    """The literals of ``search`` (a LiteralSearch) the file's bytes hold past their leading
    comments, and those only the leading comments hold."""
    end = leading_end(data, language)
    if not end:
        return search.within(data), set()
    body = search.within(data[end:])
    return body, search.within(data[:end]) - body


def with_leading(holders: dict, leading: dict) -> dict:
    """literal -> files holding it anywhere, from the files holding it past their leading
    comments (``holders``) and those holding it only there (``leading``)."""
    merged = dict(holders)
    for literal, files in leading.items():
        merged[literal] = holders.get(literal, set()) | files
    return merged


def matches_other_kinds(rule: object, kinds: frozenset[str], utils: dict) -> bool:
    """Whether every node ``rule`` (its document's ``utils`` beside it) matches is known to be of
    a kind not in ``kinds`` (unit_scope.may_match_comment asks it of `comment`)."""
    return _HeaderReads(kinds, utils).anchored(rule)


def reads_code_only(doc: dict) -> bool:
    """Whether every text test of a rule document (its rule, utils and constraints) is made of a
    node that cannot hold a leading comment (see the module's docstring)."""
    header = _HEADER_KINDS.get(doc.get("language", ""))
    if header is None:
        return False
    walk = _HeaderReads(header, doc.get("utils") or {})
    if walk.reads(doc.get("rule"), False):
        return False
    # a constraint tests what a metavariable captured: a code node, unless a bare `$X` took any node
    return not any(walk.reads(rule, not walk.bare_capture) for rule in (doc.get("constraints") or {}).values())


class _HeaderReads:
    """One document's rules, walked for a text test of a node that may hold a leading comment."""

    def __init__(self, header: frozenset[str], utils: dict) -> None:
        self.header = header
        self.utils = utils
        self.bare_capture = False  # a bare `$X` pattern on a node of no known kind
        self._seen: set[tuple[str, bool]] = set()  # (util, anchored) walked by reads
        self._anchoring: set[str] = set()  # utils being asked by anchored (a util may name itself)

    def anchored(self, rule: object) -> bool:
        """Whether a node ``rule`` matches is known to be of a kind that holds no leading comment."""
        if not isinstance(rule, dict):
            return False
        kind = rule.get("kind")
        if isinstance(kind, str) and kind not in self.header or self._code_pattern(rule.get("pattern")):
            return True
        if isinstance(rule.get("any"), list) and rule["any"] and all(self.anchored(r) for r in rule["any"]):
            return True
        if isinstance(rule.get("all"), list) and any(self.anchored(r) for r in rule["all"]):
            return True
        name = rule.get("matches")
        return isinstance(name, str) and name in self.utils and name not in self._anchoring and \
            self._anchored_util(name)

    def _anchored_util(self, name: str) -> bool:
        self._anchoring.add(name)
        try:
            return self.anchored(self.utils[name])
        finally:
            self._anchoring.discard(name)

    def _code_pattern(self, pattern: object) -> bool:
        """Whether a `pattern` matches code only: not a bare metavariable, nor a comment."""
        if isinstance(pattern, dict):
            selector = pattern.get("selector")
            return isinstance(selector, str) and selector not in self.header
        return isinstance(pattern, str) and _BARE_METAVARIABLE.fullmatch(pattern) is None \
            and not pattern.lstrip().startswith("#")

    def reads(self, rule: object, anchored: bool) -> bool:
        """Whether ``rule`` (on a node known to hold no leading comment where ``anchored``) makes a
        text test of a node that may hold one; an unknown shape counts as one."""
        if rule is None:
            return False
        if not isinstance(rule, dict):
            return not isinstance(rule, str)
        here = anchored or self.anchored(rule)
        if not here and ("regex" in rule or "pattern" in rule and not self._bare(rule["pattern"])):
            return True
        if not here and "pattern" in rule:
            self.bare_capture = True
        for key in ("all", "any"):
            if key in rule and (not isinstance(rule[key], list) or any(self.reads(r, here) for r in rule[key])):
                return True
        if "not" in rule and self.reads(rule["not"], here):
            return True
        for key in _RELATIONS:
            related = rule.get(key)
            if related is None:
                continue
            if not isinstance(related, dict):
                return True
            # a child in a field is no comment and no root; an ancestor or a sibling may be either
            if self.reads(related, key == "has" and "field" in related) or \
                    isinstance(related.get("stopBy"), dict) and self.reads(related["stopBy"], False):
                return True
        position = rule.get("nthChild")
        if isinstance(position, dict) and self.reads(position.get("ofRule"), False):
            return True
        name = rule.get("matches")
        if name is not None:
            if not isinstance(name, str) or name not in self.utils:
                return True
            if (name, here) not in self._seen:
                self._seen.add((name, here))
                return self.reads(self.utils[name], here)
        return False

    @staticmethod
    def _bare(pattern: object) -> bool:
        return isinstance(pattern, str) and _BARE_METAVARIABLE.fullmatch(pattern) is not None
