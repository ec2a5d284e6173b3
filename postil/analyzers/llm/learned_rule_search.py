"""The searches of a rule the model proposed ("Make this a rule",
``postil.analyzers.llm.learned_rule_vetting``), and the check of its text they need first: the
check process makes them (``RuleChecks.learned_search``), so it vets the rule document again
before it builds the rule (a request there is untrusted like the model's YAML)."""

from __future__ import annotations

from collections.abc import Iterable

from ast_grep_py import SgRoot

from postil.analyzers.rules.engine import RuleSet, run_rules
from postil.analyzers.rules.fixes import apply_edits
from postil.analyzers.rules.joined_matches import rule_matches
from postil.analyzers.rules.loader import build_rule
from postil.analyzers.rules.rule_model import RuleError
from postil.core.userregex import UserRegexError, compile_pattern
from postil.gate.vetting import invisible

KEYS = ("id", "language", "severity", "message", "note", "rule", "constraints", "utils", "transform", "fix")


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


def text_refusal(doc: dict, language: str) -> str | None:
    """Why the model's YAML document is not a rule postil takes as text: hidden characters,
    keys postil does not save, a regex that needs backtracking, another language."""
    hidden = next((c for value in _strings(doc) for c in value if invisible(c)), None)
    if hidden is not None:
        return f"hostile text: it holds the invisible or control character U+{ord(hidden):04X}"
    unknown = sorted(set(doc) - set(KEYS) - {"metadata", "url", "files", "ignores"})
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


def search(document: dict, text: str, fix: bool) -> tuple[list[int], str | None]:
    """The lines (1-based) where the vetted rule ``document`` matches ``text``, and (``fix``)
    ``text`` with its fix applied where it matches (None: no fix applies). What the check
    process is asked (``RuleChecks.learned_search``): the document is vetted again there."""
    if not isinstance(document, dict) or not isinstance(text, str):
        raise ValueError("a learned rule's search takes a rule document and a text")
    refused = text_refusal(document, str(document.get("language")))
    if refused is not None:
        raise ValueError(f"not a vetted rule: {refused}")
    built = build_rule(document, "the model's rule")
    if isinstance(built, RuleError):
        raise ValueError(f"not a vetted rule: {built.problem}")
    lines = [node.range().start.line + 1 for node in rule_matches(built, SgRoot(text, built.language).root())]
    if not fix or built.fix is None:
        return lines, None
    findings = run_rules(RuleSet.of([built]), text, built.language, "learned", "learned")
    edits = [e for f in findings if f.fix is not None for e in f.fix.edits]
    return lines, apply_edits(text, edits) if edits else None
