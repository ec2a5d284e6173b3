"""Imports a file renames (`from flask import request as req`, `const {exec: run} =
require("child_process")`), and the taint rules' matchers renamed to match them."""

from __future__ import annotations

import re
from dataclasses import replace

from postil.analyzers.rules.taint_spec import Matcher
from postil.analyzers.rules.taint_values import last_name
from postil.core.userregex import escape


def _module_name(text: str) -> str:
    """A module specifier's name as rules spell it (`"node:child_process"` → child_process)."""
    return text.strip("'\"`").removeprefix("node:")


def file_aliases(root, g) -> set[tuple[str, str]]:
    """(name, alias) of the imported names the file ``root`` (grammar ``g``) renames
    (`from flask import request as req`)."""
    aliases: set[tuple[str, str]] = set()
    text = root.text()
    if g.imports_as is not None and re.search(r"\sas\s", text):
        kind, name_field, alias_field = g.imports_as
        for node in root.find_all(kind=kind):
            name, alias = node.field(name_field), node.field(alias_field)
            if name is not None and alias is not None:
                aliases.add((name.text(), alias.text()))
    if g.requires and re.search(r"\b(require|promisify|import)\b", text):
        _module_aliases(root, aliases)
    return aliases


def _module_aliases(root, aliases: set[tuple[str, str]]) -> None:
    """JavaScript's renamings: `const sh = require("child_process")` and `import * as sh`
    (module → sh), `const {exec: run} = require(…)` (exec → run) and
    `const run = util.promisify(cp.exec)` (exec → run)."""
    for decl in root.find_all(kind="variable_declarator", has={
            "field": "value", "kind": "call_expression", "regex": r"^(require|(util\.)?promisify)\("}):
        name, call = decl.field("name"), decl.field("value")
        arguments = [a for a in call.field("arguments").named_children() if a.kind() != "comment"]
        callee = call.field("function").text()  # (not `require("m")(options)`: a call of the module)
        if not arguments or callee not in ("require", "promisify", "util.promisify"):
            continue
        if callee != "require":  # promisify(cp.exec)
            if name.kind() == "identifier":
                aliases.add((last_name(arguments[0].text()), name.text()))
        elif name.kind() == "identifier":
            aliases.add((_module_name(arguments[0].text()), name.text()))
        elif name.kind() == "object_pattern":
            for pair in name.named_children():
                key, value = pair.field("key"), pair.field("value")
                if pair.kind() == "pair_pattern" and value is not None and value.kind() == "identifier":
                    aliases.add((key.text(), value.text()))
    for statement in root.find_all(kind="import_statement", has={"kind": "import_clause"}):
        source = statement.field("source")
        clause = next(c for c in statement.children() if c.kind() == "import_clause")
        for part in clause.named_children():
            local = part if part.kind() == "identifier" else \
                part.find(kind="identifier") if part.kind() == "namespace_import" else None
            if source is not None and local is not None:
                aliases.add((_module_name(source.text()), local.text()))


_ALIASED: dict[tuple, tuple[tuple, list]] = {}  # (id of a matcher list, aliases) -> (the list, renamed)


def with_aliases(matchers: tuple[Matcher, ...], aliases: set[tuple[str, str]]) -> list[Matcher]:
    """``matchers`` plus, for each one whose patterns or regexes name a renamed import,
    the same matcher with the file's alias."""
    if not aliases:
        return list(matchers)
    key = (id(matchers), tuple(sorted(aliases)))
    if key not in _ALIASED:  # a file is checked again on every save, with the same imports
        if len(_ALIASED) >= 512:
            _ALIASED.clear()
        _ALIASED[key] = (matchers, _renamed(matchers, aliases))  # holding `matchers` keeps its id
    return _ALIASED[key][1]


def _renamed(matchers: tuple[Matcher, ...], aliases: set[tuple[str, str]]) -> list[Matcher]:
    """One renamed copy per alias a matcher names (`sh.exec` renames the module, not
    `exec`, so each renaming stands alone)."""
    out = list(matchers)
    for name, alias in sorted(aliases):
        out += _renamed_to(matchers, name, alias)
    return out


_TEXTS: dict[int, tuple[tuple, list[str]]] = {}  # id(matchers) -> (matchers, each one's patterns and regexes)
_RENAMED: dict[tuple, tuple[tuple, list]] = {}  # (id(matchers), name, alias) -> (matchers, renamed copies)


def _renamed_to(matchers: tuple[Matcher, ...], name: str, alias: str) -> list[Matcher]:
    """The matchers whose patterns or regexes name ``name``, renamed to ``alias``: worked
    out once per renaming (the modules of a project repeat their imports' aliases, and most
    name nothing the rules do), where walking every matcher for every alias of every module
    was most of the cost of summaries of a library's modules."""
    key = (id(matchers), name, alias)
    cached = _RENAMED.get(key)
    if cached is None or cached[0] is not matchers:
        if len(_RENAMED) >= 8192:
            _RENAMED.clear()
        word = re.compile(rf"(?<![\w$.]){re.escape(name)}\b")
        copies = []
        for m, text in zip(matchers, _texts(matchers), strict=True):
            if name in text:
                config = _rename(m.config, word, alias)
                if config != m.config:
                    copies.append(replace(m, config=config))
        cached = _RENAMED[key] = (matchers, copies)  # holding `matchers` keeps its id
    return cached[1]


def _texts(matchers: tuple[Matcher, ...]) -> list[str]:
    """Each matcher's pattern and regex strings, joined (a name none holds renames nothing)."""
    cached = _TEXTS.get(id(matchers))
    if cached is None or cached[0] is not matchers:
        if len(_TEXTS) >= 4096:
            _TEXTS.clear()

        def strings(value) -> list[str]:
            if isinstance(value, dict):
                return [s for k, v in value.items() for s in ([v] if k in ("pattern", "regex") and isinstance(v, str)
                                                               else strings(v))]
            return [s for v in value for s in strings(v)] if isinstance(value, list) else []

        cached = _TEXTS[id(matchers)] = (matchers, ["\n".join(strings(m.config)) for m in matchers])
    return cached[1]


def _rename(value, word: re.Pattern, alias: str):
    """A rule with ``word`` replaced by ``alias`` in its patterns and regexes (in a regex only
    where it is a name, see _in_regex). An exclusion (`not:`) holds as written or as renamed:
    its word may name the import (`csv.writer` called through the alias) or something else
    (defusedcsv's own `writer`), which the renaming would make it miss."""
    if isinstance(value, dict):
        return {k: (word.sub(lambda _: alias, v) if k == "pattern" and isinstance(v, str)
                    else _in_regex(v, word, alias) if k == "regex" and isinstance(v, str)
                    else _either(v, _rename(v, word, alias)) if k == "not"
                    else _rename(v, word, alias)) for k, v in value.items()}
    if isinstance(value, list):
        return [_rename(v, word, alias) for v in value]
    return value


def _either(written, renamed):
    """An exclusion that holds where ``written`` or ``renamed`` does (the one rule if they are the same)."""
    return written if renamed == written else {"any": [written, renamed]}


def _in_regex(regex: str, word: re.Pattern, alias: str) -> str:
    """``regex`` with ``word`` replaced by ``alias`` (escaped: `$` is a JavaScript name's
    character) where it is literal text: never an escape's letter (`\\s`, `\\w`, `\\b`), a
    class's member or a group's flags (`(?i)`). A minified module imports `{s as l, i as a}`:
    `^(await\\s+)?` became `^(await\\l+)?`, which ast-grep refuses, and every taint rule
    sharing the matcher was skipped on the file."""
    literal = _literal_spans(regex)
    escaped = escape(alias)
    return word.sub(lambda m: escaped if any(a <= m.start() and m.end() <= b for a, b in literal) else m.group(),
                    regex)


_GROUP_OPENING = re.compile(r"\(\?P?<[^>]*>|\(\?[A-Za-z-]*[:)]?")  # a group's flags or name


def _literal_spans(regex: str) -> list[tuple[int, int]]:
    """(start, end) of the runs of ``regex`` (Rust's syntax) outside escapes, bracketed classes
    and group openings' flags and names."""
    spans, start, i, n = [], 0, 0, len(regex)
    while i < n:
        c = regex[i]
        if c == "\\":
            end = i + 2
            if regex.startswith("{", end) and regex[i + 1:i + 2] in ("x", "u", "U", "p", "P", "b", "B"):
                end = regex.find("}", end) + 1 or n
            else:
                end += {"x": 2, "u": 4, "U": 8, "p": 1, "P": 1}.get(regex[i + 1:i + 2], 0)
        elif c == "[":
            end = _class_end(regex, i)
        elif regex.startswith("(?", i):
            end = _GROUP_OPENING.match(regex, i).end()
        else:
            i += 1
            continue
        if start < i:
            spans.append((start, i))
        start = i = min(end, n)
    if start < n:
        spans.append((start, n))
    return spans


def _class_end(regex: str, i: int) -> int:
    """Where the bracketed class opening at ``regex[i]`` ends (after its `]`; classes nest)."""
    j, n, depth = i + 1, len(regex), 1
    j += regex.startswith("^", j)
    j += regex.startswith("]", j)  # a `]` first is itself
    while j < n and depth:
        if regex[j] == "\\":
            j += 1
        elif regex[j] == "[":
            depth += 1
        elif regex[j] == "]":
            depth -= 1
        j += 1
    return j
