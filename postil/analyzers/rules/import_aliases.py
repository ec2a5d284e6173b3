"""Imported names read as what they stand for: a second look for the pattern rules.

Rules name an API as it is spelled without aliases (`subprocess.call(...)`, `pickle.loads(...)`,
`execSync(...)`, `vm.Script`), and code imports it under other names (`import subprocess as sp`,
`from pickle import loads`, `from os import system as run`; in JavaScript `import { execSync as
run } from 'node:child_process'`, `const { exec: sh } = require('child_process')`, `import * as
nodeVm from 'vm'`); Semgrep resolves those. Where a file uses such a name of an
API some rule names, its pattern rules run again on a copy of the text with each use spelled out
(`sp.call` → `subprocess.call`, `loads(` → `pickle.loads(`); the findings that cover a
rewritten name are kept, at the file's own offsets and without fixes (written for the copy).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from postil.analyzers.findings import Finding, LineIndex, Span
from postil.analyzers.rules.line_matches import line_matches
from postil.analyzers.syntax import SYNTAX_RULES

# `import a.b as c` and `from a import b, c as d` (parenthesised over lines too): the aliases a
# text may hold, found without parsing it
_IMPORT_AS = re.compile(r"^[ \t]*import[ \t]+([A-Za-z_][\w.]*)[ \t]+as[ \t]+([A-Za-z_]\w*)", re.M)
# (a parenthesised list is read up to 4,000 characters, without going back: an unclosed `(` on
# every line of a hostile file would otherwise make each line read to the end of the file)
_FROM_IMPORT = re.compile(r"^[ \t]*from[ \t]+([A-Za-z_][\w.]*)[ \t]+import[ \t]+(\([^)]{0,4000}+\)|[^\n#;(]*+)", re.M)
_COMMENT = re.compile(r"#[^\n]*")
_NAME_AS = re.compile(r"([A-Za-z_]\w*)(?:\s+as\s+([A-Za-z_]\w*))?")
_WORD = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*(?:\.\$)?")
# in a rule's regex: module names before `\.` (one, or a group: `(requests|httpx)\.`), then
# the members it names (a group `(get|post)`, after `\.)?` too, or one name)
_MEMBERS = re.compile(r"(?:(?<![\w.\\])([A-Za-z_]\w*(?:\\\.[A-Za-z_]\w*)*)|\((?:\?:)?([\w|\\.]+)\))\\\."
                      r"(\)\??)?(?:\((?:\?:)?([\w|]+)\)|([A-Za-z_]\w*))?")
_UNNAMED_MEMBER = re.compile(r"(?:\\\.|\[\.\])(?:\((?:\?:)?[\w|]+\)|[A-Za-z_]\w*)")
_MODULE = re.compile(r"[A-Za-z_]\w*(?:\\\.[A-Za-z_]\w*)*")
_ANY_MEMBER = ".*"  # after a module name: a rule names its members with a metavariable (`requests.$M(...)`)
# JavaScript: `import a, { b as c } from 'm'`, `import * as n from 'm'` (not `import type`), and
# `const { b: c } = require('m')`, `const n = require('m')`; bounded, as _FROM_IMPORT is
_JS_IMPORT = re.compile(r"""^[ \t]*import[ \t]+(?!type[ \t{])([\w$*{},\s]{1,2000}?)\s+from[ \t]*['"]([^'"\n]{1,200})['"]""", re.M)
_JS_REQUIRE = re.compile(r"""\b(?:const|let|var)[ \t]+(\{[\w$:,\s]{1,2000}\}|[A-Za-z_$][\w$]*)[ \t]*=[ \t]*"""
                         r"""require\([ \t]*['"]([^'"\n]{1,200})['"][ \t]*\)""")
_JS_NAME = re.compile(r"[A-Za-z_][\w]*")  # (names with `$` are left as written)
_WORD_CHARACTER = re.compile(r"\w")
_CONSTANT = re.compile(r"[A-Z][A-Z0-9_]+")
# packages whose submodules are safe twins of the modules they are named after (defusedxml.ElementTree,
# defusedcsv.csv): neither `from defusedcsv import csv as safe_csv` nor a submodule is read as the original
_SAFE_TWINS = frozenset({"defusedxml", "defusedcsv"})
_JS_LANGUAGES = frozenset({"javascript", "typescript", "tsx"})
_NAMING: dict[int, tuple[object, dict]] = {}  # id(rules) -> (rules, _naming's answer)
_SPELT: dict[tuple[int, str, str], tuple[dict, bool]] = {}  # (id(naming), name, dotted name) -> (naming, see _may_spell_out)
_MEMBERS_OF: dict[int, tuple[dict, dict]] = {}  # id(naming) -> (naming, see _members)


@dataclass(frozen=True)
class AliasView:
    """A copy of a text with imported names spelled out; ``edits``: (start in the copy, end in
    the copy, start in the text, end in the text) of each rewritten name, in order."""

    text: str
    edits: tuple[tuple[int, int, int, int], ...]
    rules: frozenset[str]  # the ids of the rules that name what the rewritten uses name

    def original(self, offset: int, end: bool = False) -> int:
        """The text's offset for an offset of the copy (inside a rewritten name: its start, or
        its end for the ``end`` of a range)."""
        i = bisect.bisect_right([e[0] for e in self.edits], offset) - 1
        if i < 0:
            return offset
        start, stop, o_start, o_stop = self.edits[i]
        if offset < stop:
            return o_stop if end and offset > start else o_start
        return o_stop + offset - stop

    def rewritten_within(self, start: int, end: int) -> bool:
        return any(start <= e_start and e_stop <= end for e_start, e_stop, _, _ in self.edits)


def api_names(config: dict) -> frozenset[str]:
    """The dotted names a rule config's patterns and regexes mention (`M.$` where it names any
    member of M: `requests.$M(...)`, or in a regex `^(requests|httpx)\\.(get|post)`): a loaded
    rule's ``api_names``."""
    patterns, regexes = [], []
    _strings(config, patterns, regexes)
    words = set(_WORD.findall(" ".join(patterns)))
    for regex in regexes:
        # what the regex names apart from module members (`^(redirect|flask\.redirect)\(`: `redirect`);
        # a member of a receiver it does not name (`^[\w.]+\.(get|post)$`) is not a bare name
        rest = _WORD.findall(_UNNAMED_MEMBER.sub(" ", _MEMBERS.sub(" ", regex)).replace("\\.", "."))
        words.update(rest)
        for one, group, optional, members, member in _MEMBERS.findall(regex):
            modules = [m.replace("\\", "") for m in ((one,) if one else group.split("|")) if _MODULE.fullmatch(m)]
            # no member right after (`(sa|sqlalchemy)\.)?((sql|expression)\.)?text`): those it names elsewhere
            named = members.split("|") if members else [member] if member else \
                [w for w in _WORD.findall(regex) if w not in modules] or ["$"]
            words.update(f"{module}.{name}" for module in modules for name in named)
            if optional.endswith("?") and (members or member):  # `(flask\.)?redirect` names `redirect` alone too
                words.update(named)
    return frozenset(words)


def _expanded(words: frozenset[str]) -> frozenset[str]:
    """``words`` with their dotted prefixes, and `M.*` for `M.$`."""
    out = set()
    for word in words:
        if word.endswith(".$"):
            word = word[:-2]
            out.add(word + _ANY_MEMBER)
        while word:
            out.add(word)
            word = word.rpartition(".")[0]
    return frozenset(out)


def _strings(config, patterns: list[str], regexes: list[str]) -> None:
    """The `pattern`s (with `context`s) and `regex`es of a rule config, anywhere in it."""
    if isinstance(config, dict):
        for key, value in config.items():
            if isinstance(value, str):
                if key in ("pattern", "context"):
                    patterns.append(value)
                elif key == "regex":
                    regexes.append(value)
            else:
                _strings(value, patterns, regexes)
    elif isinstance(config, list):
        for value in config:
            _strings(value, patterns, regexes)


def _naming(rules) -> dict[str, frozenset[str]]:
    """Every dotted name the pattern rules among ``rules`` (a language's, see
    RuleSet.for_language) name, expanded (see _expanded) -> the ids of the rules naming it;
    kept per rule tuple."""
    kept = _NAMING.get(id(rules))
    if kept is not None and kept[0] is rules:
        return kept[1]
    if len(_NAMING) >= 16:  # rule reloads leave old tuples behind
        _NAMING.clear()
    index: dict[str, set[str]] = {}
    for rule in rules:
        if rule.taint is None and rule.id not in SYNTAX_RULES:
            for word in _expanded(rule.api_names):
                index.setdefault(word, set()).add(rule.id)
    _NAMING[id(rules)] = (rules, {word: frozenset(ids) for word, ids in index.items()})
    return _NAMING[id(rules)][1]


def _named(full: str, words) -> bool:
    """Whether rules mentioning ``words`` (a collection of expanded names) may name the dotted
    name ``full``."""
    return full in words or full.rpartition(".")[0] + _ANY_MEMBER in words


def aliases(text: str, words) -> dict[str, str]:
    """Name in the text -> the dotted name it stands for, for imports of names ``words`` hold
    (see _named). Read from the text's import lines, not parsed: a use is confirmed on the tree."""
    out: dict[str, str] = {}
    plain, froms = line_matches(text, "import", _IMPORT_AS, _FROM_IMPORT)
    for match in plain:
        if match.group(1) in words:
            out[match.group(2)] = match.group(1)
        elif "." in match.group(1) and match.group(1).partition(".")[0] not in _SAFE_TWINS \
                and match.group(1).rpartition(".")[2] in words:
            # a submodule bound to a name, where rules name it as it is usually imported
            # (`import Cryptodome.Cipher.ARC2 as rc2` ... `rc2.new(key)`: `ARC2.new`)
            out[match.group(2)] = match.group(1).rpartition(".")[2]
    for match in froms:
        module = match.group(1)
        if module == "__future__":
            continue
        for part in _COMMENT.sub("", match.group(2)).strip("()").replace("\\", " ").split(","):
            named = _NAME_AS.fullmatch(part.strip())
            if named is None:
                continue
            if _named(f"{module}.{named.group(1)}", words):
                out[named.group(2) or named.group(1)] = f"{module}.{named.group(1)}"
            elif "." in module and module.partition(".")[0] not in _SAFE_TWINS \
                    and _named(f"{module.rpartition('.')[2]}.{named.group(1)}", words):
                # rules that name a member of a submodule as the submodule is usually imported
                # (`from Crypto.PublicKey.RSA import generate`: `RSA.generate`; `from
                # cryptography.hazmat.primitives.asymmetric.dsa import generate_private_key`)
                out[named.group(2) or named.group(1)] = f"{module.rpartition('.')[2]}.{named.group(1)}"
            elif named.group(2) and module.partition(".")[0] not in _SAFE_TWINS and _named(named.group(1), words):
                # rules that name the module's member as it is usually imported
                # (`from Crypto.Cipher import DES3 as TripleDES`: `DES3.new`)
                out[named.group(2)] = named.group(1)
    return out


def js_aliases(text: str, words) -> dict[str, str]:
    """As aliases, for JavaScript/TypeScript imports and requires of a module named as an
    identifier (`node:` dropped): a module bound to another name stands for the module's own
    (`nodeVm` → `vm`), an imported member for its own name where rules name it bare
    (`run` → `execSync`), else for the module's member (`runInContext` → `vm.runInContext`)."""
    out: dict[str, str] = {}
    bindings = [(clause, module, False) for clause, module in _JS_IMPORT.findall(text)] \
        + [(clause, module, True) for clause, module in _JS_REQUIRE.findall(text)]
    for clause, module, required in bindings:
        module = module.removeprefix("node:")
        if not _JS_NAME.fullmatch(module):
            continue
        members = clause[clause.find("{") + 1:clause.find("}")] if "{" in clause else ""
        whole = (clause[:clause.find("{")] if "{" in clause else clause).replace("* as", " ").replace(",", " ").split()
        for local in whole:
            if local != module and _JS_NAME.fullmatch(local) and module in words:
                out[local] = module
        for part in members.split(","):
            name, _, local = part.strip().partition(":" if required else " as ")
            name, local = name.strip(), (local or name).strip()
            if not _JS_NAME.fullmatch(name) or not _JS_NAME.fullmatch(local):
                continue
            full = name if name in words else f"{module}.{name}" if _named(f"{module}.{name}", words) else None
            if full is not None and full != local:
                out[local] = full
    return out


def _may_spell_out(name: str, full: str, naming: dict[str, frozenset[str]]) -> bool:
    """Whether alias_view may spell out a use of ``name`` (imported as the dotted name ``full``):
    some rule names ``full``, one of its members or its module's members so and not as written
    (``naming``: see _naming). Kept per ``naming`` and pair: a handler's `from flask import request`
    is named as written by every rule naming it, and its text need not be searched for its uses."""
    key = (id(naming), name, full)
    known = _SPELT.get(key)
    if known is not None and known[0] is naming:
        return known[1]
    if len(_SPELT) >= 4096:
        _SPELT.clear()
    empty = frozenset()
    may = bool(naming.get(full + _ANY_MEMBER)) or bool(
        (naming.get(full, empty) | naming.get(full.rpartition(".")[0] + _ANY_MEMBER, empty)) - naming.get(name, empty)) or any(
        ids - naming.get(f"{name}.{member}", empty) for member, ids in _members(naming).get(full, ()))
    _SPELT[key] = (naming, may)
    return may


def _members(naming: dict[str, frozenset[str]]) -> dict[str, list[tuple[str, frozenset[str]]]]:
    """A dotted name -> (member, the ids of the rules naming it) of each of its members ``naming``
    holds (see _naming), kept per naming."""
    kept = _MEMBERS_OF.get(id(naming))
    if kept is not None and kept[0] is naming:
        return kept[1]
    if len(_MEMBERS_OF) >= 16:
        _MEMBERS_OF.clear()
    index: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for word, ids in naming.items():
        head, _, member = word.rpartition(".")
        index.setdefault(head, []).append((member, ids))
    _MEMBERS_OF[id(naming)] = (naming, index)
    return index


_DEFINITIONS = {"python": ("import ", "from ", "def ", "class ", "async def "),
                "js": ("import ", "export ", "function ", "async function ", "class ")}


def alias_view(text: str, names: dict[str, str], naming: dict[str, frozenset[str]],
               family: str = "python") -> AliasView | None:
    """``text`` with each use of an imported name of ``names`` (see aliases) spelled out where it
    is called or its attribute read and some rule names it so but not as written (``naming``: a
    dotted name -> the rules naming it, see _naming); None when there is no such use. Found in
    the text, not parsed: a use in a string or a comment is spelled out too, where no rule finds
    a call (see alias_findings)."""
    if not any(_may_spell_out(name, full, naming) for name, full in names.items()):
        return None
    uses = []
    # a use is a call, a member read, a decorator (`@no_csrf`) or, for a constant's name
    # (`CERT_NONE`), any read
    pattern = re.compile(r"(" + "|".join(map(re.escape, names)) + r")\b[ \t]*(?:\.[ \t]*([A-Za-z_]\w*)|(?=\())?")
    empty = frozenset()
    for match in _not_after_name(pattern, text):
        if match.group(2) is None and not text.startswith("(", match.end()) and not _CONSTANT.fullmatch(match.group(1)) \
                and not (family == "python" and text[text.rfind("\n", 0, match.start()) + 1:match.start()].strip() == "@"):
            continue
        full = names[match.group(1)]
        named = f"{full}.{match.group(2)}" if match.group(2) else full
        as_written = f"{match.group(1)}.{match.group(2)}" if match.group(2) else match.group(1)
        rules = (naming.get(named, empty) | naming.get(named.rpartition(".")[0] + _ANY_MEMBER, empty)) \
            - naming.get(as_written, empty)  # those naming it as written see it already
        if not rules:
            continue
        before = text[text.rfind("\n", 0, match.start()) + 1:match.start()].lstrip()
        if before.startswith(_DEFINITIONS[family]) and not before.endswith(("(", ",", "=")):
            continue  # the import itself, or a definition of the same name
        uses.append((match.start(1), match.end(1), full, rules))
    if not uses:
        return None
    pieces, edits, previous, shift = [], [], 0, 0
    for start, end, name, _ in sorted(uses):
        pieces += [text[previous:start], name]
        edits.append((start + shift, start + shift + len(name), start, end))
        shift += len(name) - (end - start)
        previous = end
    pieces.append(text[previous:])
    return AliasView("".join(pieces), tuple(edits), frozenset().union(*(use[3] for use in uses)))


def _not_after_name(pattern: re.Pattern, text: str):
    """The matches of ``pattern`` not right after a word character or a dot, as the finditer of
    the pattern with the lookbehind `(?<![\\w.])` in front would give them: opening with the
    names, the search skips to where one may start, where the lookbehind was tried at every
    position of the text."""
    at = 0
    while (match := pattern.search(text, at)) is not None:
        start = match.start()
        if start and (text[start - 1] == "." or _WORD_CHARACTER.match(text, start - 1)):
            at = start + 1
            continue
        yield match
        at = max(match.end(), start + 1)


def alias_findings(run, ruleset, text: str, language: str, found: list[Finding], narrowed=None) -> list[Finding]:
    """Findings of the pattern rules on ``text`` read through its import aliases that ``found``
    (the findings so far) lacks (see alias_covering)."""
    return unseen(alias_covering(run, ruleset, text, language, narrowed), found)


def alias_covering(run, ruleset, text: str, language: str, narrowed=None) -> list[Finding]:
    """Findings of the pattern rules on ``text`` read through its import aliases that cover a
    rewritten span (see covering_findings). ``run(text, only)`` runs the rules named ``only`` on a text
    (engine.run_rules, bound to the file's other arguments); ``narrowed(text, spans, only)``, if
    given, is the text the copy is made of: ``text`` less what cannot hold a finding of those
    rules covering one of the rewritten ``spans`` (offsets), blanked out."""
    if language != "python" and language not in _JS_LANGUAGES or "import" not in text and "require" not in text:
        return []
    naming = _naming(ruleset.for_language(language))
    names = aliases(text, naming) if language == "python" else js_aliases(text, naming)
    if not names:
        return []
    family = "python" if language == "python" else "js"
    view = alias_view(text, names, naming, family)
    if view is not None and narrowed is not None:
        source = narrowed(text, [(start, end) for _, _, start, end in view.edits], view.rules)
        if source is not text:
            view = alias_view(source, names, naming, family)
    return covering_findings(run, view, text) if view is not None else []


def covering_findings(run, view: AliasView, text: str) -> list[Finding]:
    """The findings of ``view.rules`` on a rewritten copy of ``text`` that cover a rewritten
    span, at the text's own offsets and without fixes."""
    copy, own = LineIndex(view.text), LineIndex(text)

    def original(span: Span) -> Span:
        start, end = copy.offset(span.start_line, span.start_col), copy.offset(span.end_line, span.end_col)
        return own.span(view.original(start), view.original(end, end=True))

    out = []
    for finding in run(view.text, view.rules):
        start = copy.offset(finding.span.start_line, finding.span.start_col)
        end = copy.offset(finding.span.end_line, finding.span.end_col)
        if view.rewritten_within(start, end):
            out.append(replace(finding, span=original(finding.span), fix=None,
                               sink=None if finding.sink is None else original(finding.sink),
                               related=tuple(replace(r, span=original(r.span)) for r in finding.related)))
    return out


def unseen(findings: list[Finding], found: list[Finding]) -> list[Finding]:
    """``findings`` but those whose rule ``found`` (or one before) holds on the same line."""
    known = {(f.rule, f.span.start_line) for f in found}
    out = []
    for finding in findings:
        if (finding.rule, finding.span.start_line) not in known:
            known.add((finding.rule, finding.span.start_line))
            out.append(finding)
    return out
