"""Options passed in a dict read as the keywords they are: a second look for the Python pattern rules.

Rules name an unsafe option as a keyword argument (`requests.get(url, verify=False)`,
`subprocess.run(cmd, shell=True)`, `jinja2.Environment(autoescape=False)`), and code often
gathers the options in a dict first (`opts = {"verify": False}` ... `requests.get(url, **opts)`).
Where a call spreads a name the same text binds to a dict literal with string keys, and does not
change before the call, the pattern rules run again on a copy with `**opts` spelt out as its
keywords; the findings that cover a spelt-out dict are kept (see import_aliases.covering_findings).
"""

from __future__ import annotations

import ast
import bisect
import itertools
import re

from postil.analyzers.findings import Finding
from postil.analyzers.rules.import_aliases import AliasView, covering_findings, unseen
from postil.analyzers.syntax import SYNTAX_RULES

# `**` first, the character before it looked at after: a pattern opening with a lookbehind is tried at
# every position of the text, one opening with a literal only where the literal is; `**self.NAME` and
# `**cls.NAME` spread a class attribute (`class Client: OPTIONS = {...}`)
_SPREAD = re.compile(r"\*\*(?<![*\w]\*\*)((?:self|cls)\.)?([A-Za-z_]\w*)\b(?=\s*[,)])")
# a dict literal's opening, where _dict_assignments looks back for `name =` at the start of its line
_DICT_OPENING = re.compile(r"=[ \t]*\{")
_ASSIGNED = re.compile(r"[ \t]*(\w+)[ \t]*=[ \t]*")
_MAX_DICT = 2000  # characters of a dict literal read (a longer one is left as written)
_MAX_SPREADS = 200  # spreads read a file (each reads the text back to its dict: a hostile file's many stay linear)


def keyword_view(text: str) -> tuple[AliasView, frozenset[str]] | None:
    """``text`` with each `**name` spelt out as the keywords of the dict literal the text last
    bound the name to before it (with the `name["key"] = value` lines set after it), and those
    keywords' names; None where there is none."""
    uses, bound, names = [], None, set()
    for match in itertools.islice(_SPREAD.finditer(text), _MAX_SPREADS):
        name = match.group(2)
        if bound is None:
            bound = _dict_assignments(text)
        keywords = _keywords_before(text, name, bound.get(name, []), match.start(), attribute=bool(match.group(1)))
        if keywords:
            uses.append((match.start(), match.end(), ", ".join(f"{k}={v}" for k, v in keywords)))
            names.update(k for k, _ in keywords)
    if not uses:
        return None
    pieces, edits, previous, shift = [], [], 0, 0
    for start, end, keywords in uses:
        pieces += [text[previous:start], keywords]
        edits.append((start + shift, start + shift + len(keywords), start, end))
        shift += len(keywords) - (end - start)
        previous = end
    pieces.append(text[previous:])
    return AliasView("".join(pieces), tuple(edits), frozenset()), frozenset(names)


def _dict_assignments(text: str) -> dict[str, list[int]]:
    """name -> where each dict literal a line of ``text`` opens with `name = {` starts, in order:
    one pass over the text for all names (a pass per name spread was most of a large file's check)."""
    out: dict[str, list[int]] = {}
    for match in _DICT_OPENING.finditer(text):
        opening = match.end() - 1
        line = _ASSIGNED.fullmatch(text, text.rfind("\n", 0, match.start()) + 1, opening)
        if line is not None:
            out.setdefault(line.group(1), []).append(opening)
    return out


def _keywords_before(text: str, name: str, assignments: list[int], offset: int,
                     attribute: bool = False) -> list[tuple[str, str]] | None:
    """(key, value's text) of the dict literal last assigned to ``name`` (``assignments``: where each of
    its dict literals starts) before ``offset`` (None: no such assignment, a key that is not a
    name, or the dict changed or rebound since; ``attribute``: the spread names it as `self.name`,
    so a change through any object's `.name` counts)."""
    last = bisect.bisect_left(assignments, offset) - 1
    if last < 0:
        return None
    start = assignments[last]
    literal = _balanced(text, start)
    if literal is None:
        return None
    between = text[start + len(literal):offset]
    set_keys = list(re.finditer(rf"(?m)^[ \t]*{re.escape(name)}\[\s*(['\"])(\w+)\1\s*\][ \t]*=[ \t]*(?!=)(.+)$", between))
    rest = re.sub(rf"(?m)^[ \t]*{re.escape(name)}\[\s*(['\"])\w+\1\s*\][ \t]*=[ \t]*(?!=).+$", "", between)
    if re.search(rf"(?<![\w.]){re.escape(name)}\s*(\[|\.(update|setdefault|pop)\b|[+|]?=[^=])", rest):
        return None
    if attribute and re.search(rf"\.{re.escape(name)}\s*(\[|\.(update|setdefault|pop)\b|[+|]?=[^=])", between):
        return None
    try:
        node = ast.parse(literal, mode="eval").body
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    if not isinstance(node, ast.Dict) or not (node.keys or set_keys):
        return None
    parts = {}
    for key, value in zip(node.keys, node.values, strict=True):
        if not (isinstance(key, ast.Constant) and isinstance(key.value, str) and key.value.isidentifier()):
            return None
        parts[key.value] = ast.get_source_segment(literal, value)
    for match in set_keys:  # opts["verify"] = False on a line of its own, after the literal
        value = match.group(3).strip()
        if not _is_expression(value) or not match.group(2).isidentifier():
            return None
        parts[match.group(2)] = value
    return list(parts.items())


def _is_expression(source: str) -> bool:
    """Whether ``source`` (one line) parses as a Python expression."""
    try:
        ast.parse(source, mode="eval")
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


def _balanced(text: str, start: int) -> str | None:
    """The bracketed text from ``text[start]`` (a `{`) to its closing bracket, strings skipped;
    None past _MAX_DICT characters."""
    depth, i, end = 0, start, min(len(text), start + _MAX_DICT)
    while i < end:
        c = text[i]
        if c in "\"'":
            close = text.find(c, i + 1, end)
            if close < 0:
                return None
            i = close
        elif c in "{[(":
            depth += 1
        elif c in "}])":
            depth -= 1
            if depth == 0:
                return text[start:i + 1]
        i += 1
    return None


def keyword_findings(run, ruleset, text: str, language: str, found: list[Finding]) -> list[Finding]:
    """Findings of the pattern rules on ``text`` with its spread option dicts spelt out that
    ``found`` lacks (see keyword_covering)."""
    return unseen(keyword_covering(run, ruleset, text, language), found)


def keyword_covering(run, ruleset, text: str, language: str) -> list[Finding]:
    """Findings of the pattern rules on ``text`` with its spread option dicts spelt out that cover
    one (``run``: see import_aliases.alias_covering)."""
    view = keyword_rules_view(ruleset, text, language)
    return covering_findings(run, view, text) if view is not None else []


def keyword_rules_view(ruleset, text: str, language: str) -> AliasView | None:
    """``text`` with its spread option dicts spelt out (see keyword_view) and the rules to run
    on it: the pattern rules that name one of the keywords (`verify`, `shell`, `autoescape`);
    None where there is no such dict or rule."""
    if language != "python" or "**" not in text:
        return None
    spelt = keyword_view(text)
    if spelt is None:
        return None
    view, keywords = spelt
    rules = frozenset(r.id for r in ruleset.for_language(language)
                      if r.taint is None and r.id not in SYNTAX_RULES and not keywords.isdisjoint(r.api_names))
    return AliasView(view.text, view.edits, rules) if rules else None
