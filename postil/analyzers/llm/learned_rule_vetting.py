"""A rule the model proposed from an accepted finding, vetted before anyone sees it.

The model's YAML is untrusted like its fixes: it must parse as one ast-grep rule under the
limits of a repository's rule files, with no invisible or control character anywhere (a rule
file must read as what it does); every ``regex`` must run in linear time (RE2, see
``postil.core.userregex``); its text is sanitised and its id put under the project's prefix;
it must match the code it was learned from, and neither harmless code (a rule that matches
everything) nor the accepted fix; its ``fix`` must pass the vetting gate on the original code
(else the rule is refused) and give the accepted fix (else it is left out). Every match in the
workspace is listed.

Every search with the rule (the code it was learned from, harmless code, the fix, each workspace
file) goes through the ``RuleChecks`` port it is given: the language server's runs in its check
process, where a search stuck on a hostile file is stopped (``RulesStopped``: the rule is refused,
naming the file) instead of holding the server's interpreter; the CLI's runs in its own process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from postil.analyzers.findings import LineIndex
from postil.analyzers.llm.learned_rule_search import KEYS, text_refusal
from postil.analyzers.llm.rule_checks import InProcessRules, RuleChecks, RulesStopped
from postil.analyzers.rules.fixes import minimal_edit
from postil.analyzers.rules.loader import build_rule
from postil.analyzers.rules.rule_model import Rule, RuleError
from postil.analyzers.rules.rule_yaml import parse_rule_text
from postil.core.deadline import Deadline, TimeLimitExceeded
from postil.core.plain_text import message as plain
from postil.gate.vetting import Scope, vet_fix

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


def _matches(rules: RuleChecks, document: dict, code: str, what: str) -> bool:
    return bool(rules.learned_search(Path(what), code, document, False)[0])


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


def _document(doc: dict, prefix: str, message: str, learned_from: dict | None) -> dict:
    """What is saved of the model's rule: ast-grep's keys, the id under ``prefix``, plain text."""
    name = str(doc.get("id") or message)
    own = name[len(prefix) + 1:] if name.startswith(prefix + "/") else ""
    rule_id = name if own and slug(own) == own else f"{prefix}/{slug(name.rsplit('/', 1)[-1])}"
    document = {key: doc[key] for key in KEYS if key in doc}
    document.update(id=rule_id, message=plain(str(doc.get("message") or message)))
    if doc.get("note"):
        document["note"] = plain(str(doc["note"]))
    if str(doc.get("severity", "warning")).lower() not in ("error", "warning", "info", "hint"):
        document["severity"] = "warning"
    document["metadata"] = {**(learned_from or {})}
    return document


def _match_refusal(rules: RuleChecks, document: dict, language: str, original: str, fixed: str) -> str | None:
    """Why the rule cannot tell the bug: it misses the original code, matches harmless code or the fix."""
    if not _matches(rules, document, original, "the code it was learned from"):
        return "matches nothing: not even the code it was learned from"
    harmless = HARMLESS.get(language)
    if harmless is not None and _matches(rules, document, harmless, "harmless code"):
        return "matches everything: ordinary code with no bug too"
    if fixed and _matches(rules, document, fixed, "the accepted fix"):
        return "matches the fixed code too: it cannot tell the bug from its fix"
    return None


def vet(text: str, *, prefix: str, language: str, original: str, fixed: str, message: str,
        files: Iterable[tuple[str, str]], learned_from: dict | None = None,
        match_seconds: float = MATCH_SECONDS, rules: RuleChecks | None = None) -> Verdict:
    """Vet the model's rule YAML ``text`` for a finding in ``language`` code: ``original``
    (the lines it was about) and ``fixed`` (those lines as the accepted fix left them; "" when
    there was none); ``files``: the workspace's (relative path, text) in that language, searched
    for ``match_seconds`` at most; ``rules``: where the searches run (this process by default)."""
    try:
        return _vet(text, prefix, language, original, fixed, message, files, learned_from, match_seconds,
                    rules if rules is not None else InProcessRules())
    except RulesStopped as stopped:
        return Verdict(refused=f"its search was stopped: {stopped.why}")


def _vet(text: str, prefix: str, language: str, original: str, fixed: str, message: str,
         files: Iterable[tuple[str, str]], learned_from: dict | None, match_seconds: float,
         rules: RuleChecks) -> Verdict:
    if len(text) > MAX_RULE_CHARS:
        return Verdict(refused=f"invalid rule: longer than {MAX_RULE_CHARS} characters")
    docs, errors = parse_rule_text(text, "the model's rule")
    if errors:
        problem = errors[0].problem
        return Verdict(refused=problem if problem.startswith("invalid YAML") else f"invalid YAML: {problem}")
    if len(docs) != 1 or not isinstance(docs[0], dict):
        return Verdict(refused="invalid rule: the answer is not one ast-grep rule (a YAML mapping)")
    refused = text_refusal(docs[0], language)
    if refused:
        return Verdict(refused=refused)
    document = _document(docs[0], prefix, message, learned_from)
    built = build_rule(document, "the model's rule")
    if isinstance(built, RuleError):
        return Verdict(refused=f"invalid rule: {built.problem}")
    refused = _match_refusal(rules, document, language, original, fixed)
    if refused:
        return Verdict(refused=refused)
    verdict = Verdict(document=document, tests={"id": document["id"], "valid": [fixed] if fixed else [],
                                                "invalid": [original]})
    result = rules.learned_search(Path("the code it was learned from"), original, document, True)[1] \
        if built.fix is not None else None
    if result is not None and result != original:
        why = _fix_refusal(built, original, result)
        if why is not None:
            return Verdict(refused=f"hostile fix: the vetting gate refuses it: {why}")
    gives_the_fix = bool(fixed) and result is not None and result.split() == fixed.split()
    if built.fix is not None and not gives_the_fix:
        document.pop("fix")
        verdict.notes.append("fix left out: it does not give the accepted fix")
    verdict.matches, verdict.unlisted = workspace_matches(rules, document, files, Deadline(match_seconds))
    return verdict


def workspace_matches(rules: RuleChecks, document: dict, files: Iterable[tuple[str, str]],
                      deadline: Deadline) -> tuple[list[Match], str | None]:
    """The places the vetted rule ``document`` matches in ``files`` ((relative path, text)), in
    order, and why the search stopped early (None when every file was searched). RulesStopped
    when one file's search was stopped."""
    out: list[Match] = []
    for searched, (path, text) in enumerate(files):
        try:
            deadline.check("listing the rule's matches")
        except TimeLimitExceeded:
            return out, f"stopped after {deadline.seconds:g} s, {searched} file(s) searched: there may be more matches"
        out.extend(Match(path, line) for line in rules.learned_search(Path(path), text, document, False)[0])
    return out, None
