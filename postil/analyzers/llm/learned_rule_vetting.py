"""A rule the model proposed from an accepted finding, vetted before anyone sees it.

The model's YAML is untrusted like its fixes: it must parse as one ast-grep rule under the
limits of a repository's rule files, with no invisible or control character anywhere (a rule
file must read as what it does); every ``regex`` must run in linear time (RE2, see
``postil.core.userregex``); its text is sanitised and its id put under the project's prefix;
it must match the code it was learned from, and neither harmless code (a rule that matches
everything) nor the accepted fix; its ``fix`` must pass the vetting gate on the original code
(else the rule is refused) and give the accepted fix (else it is left out). Every match in the
workspace is listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ast_grep_py import SgRoot

from postil.analyzers.findings import LineIndex
from postil.analyzers.rules.engine import RuleSet, run_rules
from postil.analyzers.rules.fixes import apply_edits, minimal_edit
from postil.analyzers.rules.loader import build_rule
from postil.analyzers.rules.joined_matches import rule_matches
from postil.analyzers.rules.rule_model import Rule, RuleError
from postil.analyzers.rules.rule_yaml import parse_rule_text
from postil.core.deadline import Deadline, TimeLimitExceeded
from postil.core.userregex import UserRegexError, compile_pattern
from postil.core.plain_text import message as plain
from postil.gate.vetting import Scope, invisible, vet_fix

MAX_RULE_CHARS = 20_000
HANDFUL = 5  # more workspace matches than this: offered for editing, never saved as is
MATCH_SECONDS = 20.0  # listing the workspace's matches stops after this; the rule is then offered for editing
# Code no bug rule should match: a rule that does matches everything.
HARMLESS = {
    "python": "import os\n\n\ndef main(argv):\n    count = 0\n    for name in argv:\n        count += len(name)\n"
              "    print(count)\n    return 0\n",
    "javascript": "function main(argv) {\n  let count = 0;\n  for (const name of argv) {\n    count += name.length;\n  }\n"
                  "  console.log(count);\n  return 0;\n}\n",
}
HARMLESS["typescript"] = HARMLESS["tsx"] = HARMLESS["javascript"]
_KEYS = ("id", "language", "severity", "message", "note", "rule", "constraints", "utils", "transform", "fix")
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass
class Match:
    path: str
    line: int  # 1-based

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass
class Verdict:
    """The vetted rule (``document``: what is saved; ``tests``: its valid/invalid cases), or
    why it was refused; ``matches``: every place it matches in the workspace; ``notes``:
    what was changed or left out of the model's rule."""

    document: dict | None = None
    tests: dict | None = None
    refused: str | None = None
    matches: list[Match] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unlisted: str | None = None  # why the match list stopped early (then it is not every match)

    @property
    def needs_review(self) -> bool:
        """More than a handful of matches, or matches not all listed: the user edits it before it is saved."""
        return len(self.matches) > HANDFUL or self.unlisted is not None


def slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-")[:60] or "rule"


def _strings(value: object) -> Iterable[str]:
    """Every key and value of a YAML document that is a string."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from _strings(key)
            yield from _strings(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _strings(inner)


def _regexes(value: object) -> Iterable[str]:
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "regex" and isinstance(inner, str):
                yield inner
            else:
                yield from _regexes(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _regexes(inner)


def _matches(rule: Rule, code: str) -> bool:
    return bool(rule_matches(rule, SgRoot(code, rule.language).root()))


def _fixed_by_rule(rule: Rule, code: str) -> str | None:
    """``code`` with the rule's fix applied where it matches (None: no fix applies)."""
    findings = run_rules(RuleSet.of([rule]), code, rule.language, "learned", "learned")
    edits = [e for f in findings if f.fix is not None for e in f.fix.edits]
    return apply_edits(code, edits) if edits else None


def _fix_refusal(rule: Rule, original: str, result: str) -> str | None:
    """What the vetting gate says of the rule's fix turning ``original`` into ``result`` (a new
    call or import, code that no longer parses, ...); None when it passes."""
    index = LineIndex(original)
    edit = minimal_edit(index, 0, len(original), result)
    lo, hi = index.line_starts[edit.span.start_line], index.line_end(edit.span.end_line)
    vetted = vet_fix(original, rule.language, start=lo, end=hi, quote=original[lo:hi],
                     improved=original[lo:edit.start] + edit.new_text + original[edit.end:hi],
                     scope=Scope((0, len(original))), max_lines=20, index=index, about=rule.message)
    return None if vetted.edit is not None else vetted.reason


def _text_refusal(doc: dict, language: str) -> str | None:
    """Why the model's YAML document is not a rule postil takes as text: hidden characters,
    keys postil does not save, a regex that needs backtracking, another language."""
    hidden = next((c for value in _strings(doc) for c in value if invisible(c)), None)
    if hidden is not None:
        return f"hostile text: it holds the invisible or control character U+{ord(hidden):04X}"
    unknown = sorted(set(doc) - set(_KEYS) - {"metadata", "url", "files", "ignores"})
    if "taint" in doc or unknown:
        return f"invalid rule: unexpected key `{'taint' if 'taint' in doc else unknown[0]}`"
    for pattern in _regexes([doc.get("rule"), doc.get("constraints"), doc.get("utils")]):
        try:
            compile_pattern(pattern)
        except UserRegexError as exc:
            return f"catastrophic regex {pattern[:80]!r}: only linear-time regexes run ({exc})"
    if doc.get("language") != language:
        return f"invalid rule: its language is {str(doc.get('language'))[:20]!r}, the finding is in {language}"
    return None


def _document(doc: dict, prefix: str, message: str, learned_from: dict | None) -> dict:
    """What is saved of the model's rule: ast-grep's keys, the id under ``prefix``, plain text."""
    name = str(doc.get("id") or message)
    own = name[len(prefix) + 1:] if name.startswith(prefix + "/") else ""
    rule_id = name if own and slug(own) == own else f"{prefix}/{slug(name.rsplit('/', 1)[-1])}"
    document = {key: doc[key] for key in _KEYS if key in doc}
    document.update(id=rule_id, message=plain(str(doc.get("message") or message)))
    if doc.get("note"):
        document["note"] = plain(str(doc["note"]))
    if str(doc.get("severity", "warning")).lower() not in ("error", "warning", "info", "hint"):
        document["severity"] = "warning"
    document["metadata"] = {**(learned_from or {})}
    return document


def _match_refusal(rule: Rule, original: str, fixed: str) -> str | None:
    """Why the rule cannot tell the bug: it misses the original code, matches harmless code or the fix."""
    if not _matches(rule, original):
        return "matches nothing: not even the code it was learned from"
    harmless = HARMLESS.get(rule.language)
    if harmless is not None and _matches(rule, harmless):
        return "matches everything: ordinary code with no bug too"
    if fixed and _matches(rule, fixed):
        return "matches the fixed code too: it cannot tell the bug from its fix"
    return None


def vet(text: str, *, prefix: str, language: str, original: str, fixed: str, message: str,
        files: Iterable[tuple[str, str]], learned_from: dict | None = None,
        match_seconds: float = MATCH_SECONDS) -> Verdict:
    """Vet the model's rule YAML ``text`` for a finding in ``language`` code: ``original``
    (the lines it was about) and ``fixed`` (those lines as the accepted fix left them; "" when
    there was none); ``files``: the workspace's (relative path, text) in that language, searched
    for ``match_seconds`` at most."""
    if len(text) > MAX_RULE_CHARS:
        return Verdict(refused=f"invalid rule: longer than {MAX_RULE_CHARS} characters")
    docs, errors = parse_rule_text(text, "the model's rule")
    if errors:
        problem = errors[0].problem
        return Verdict(refused=problem if problem.startswith("invalid YAML") else f"invalid YAML: {problem}")
    if len(docs) != 1 or not isinstance(docs[0], dict):
        return Verdict(refused="invalid rule: the answer is not one ast-grep rule (a YAML mapping)")
    refused = _text_refusal(docs[0], language)
    if refused:
        return Verdict(refused=refused)
    document = _document(docs[0], prefix, message, learned_from)
    built = build_rule(document, "the model's rule")
    if isinstance(built, RuleError):
        return Verdict(refused=f"invalid rule: {built.problem}")
    refused = _match_refusal(built, original, fixed)
    if refused:
        return Verdict(refused=refused)
    verdict = Verdict(document=document, tests={"id": document["id"], "valid": [fixed] if fixed else [],
                                                "invalid": [original]})
    result = _fixed_by_rule(built, original) if built.fix is not None else None
    if result is not None and result != original:
        why = _fix_refusal(built, original, result)
        if why is not None:
            return Verdict(refused=f"hostile fix: the vetting gate refuses it: {why}")
    gives_the_fix = bool(fixed) and result is not None and result.split() == fixed.split()
    if built.fix is not None and not gives_the_fix:
        document.pop("fix")
        verdict.notes.append("fix left out: it does not give the accepted fix")
        built = build_rule(document, "the model's rule")
    verdict.matches, verdict.unlisted = workspace_matches(built, files, Deadline(match_seconds))
    return verdict


def workspace_matches(rule: Rule, files: Iterable[tuple[str, str]], deadline: Deadline) -> tuple[list[Match], str | None]:
    """The places ``rule`` matches in ``files`` ((relative path, text)), in order, and why the
    search stopped early (None when every file was searched)."""
    out: list[Match] = []
    for searched, (path, text) in enumerate(files):
        try:
            deadline.check("listing the rule's matches")
        except TimeLimitExceeded:
            return out, f"stopped after {deadline.seconds:g} s, {searched} file(s) searched: there may be more matches"
        for node in rule_matches(rule, SgRoot(text, rule.language).root()):
            out.append(Match(path, node.range().start.line + 1))
    return out, None
