"""Put the model's findings on the document: by the code they quote, never by line numbers.

A finding is kept only when its ``existing_code`` is found in the current text
(whitespace-normalised; the occurrence nearest the reviewed range), overlaps the
reviewed code, reaches the confidence threshold and does not repeat a rule finding.
A fix is offered only when it passes the vetting gate (``postil.gate.vetting``): inside
the reviewed code and the lines it is about, small, indentation kept, nothing dangerous
added — so text the model was shown (a comment saying "also change line 3") can never
produce an edit elsewhere. At most ``MAX_FINDINGS_PER_UNIT`` findings are kept per unit.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import pairwise

from postil.analyzers.findings import Finding, Fix, LineIndex, Severity, fingerprint
from postil.analyzers.llm.answer_schema import RawFinding
from postil.core.plain_text import message as plain_message
from postil.gate.redact import MASK_OPEN
from postil.gate.vetting import DEFAULT_MAX_FIX_LINES, Scope, parsed, vet_fix

MAX_FINDINGS_PER_UNIT = 10

LLM_REVIEW_DOCS = "https://github.com/postil/postil#llm-review"  # every LLM finding's doc link

# "12 | code", or "+ 12 | code" from a diff (one run of white space before the digits unless a sign
# splits it: two runs side by side cost the square of a long blank line's length)
_NUMBERED = re.compile(r"^\s*(?:[+-]\s*)?\d+\s*[|:]\s?")
_FENCE_LINE = re.compile(r"^\s*```")


@dataclass
class AnchorReport:
    findings: list[Finding] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=dict)  # reason -> count

    def drop(self, reason: str) -> None:
        self.dropped[reason] = self.dropped.get(reason, 0) + 1


def clean_snippet(snippet: str) -> str:
    """The model's quote without Markdown fences or copied line-number gutters."""
    lines = [line for line in snippet.split("\n") if not _FENCE_LINE.match(line)]
    non_empty = [line for line in lines if line.strip()]
    if non_empty and all(_NUMBERED.match(line) for line in non_empty):
        lines = [_NUMBERED.sub("", line, count=1) for line in lines]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)


_TOKEN = re.compile(r"\w+|[^\w\s]")


def _pattern(snippet: str) -> re.Pattern | None:
    """The snippet with any whitespace allowed between tokens (required between words)."""
    tokens = _TOKEN.findall(snippet)
    if not tokens:
        return None
    parts = [re.escape(tokens[0])]
    for prev, token in pairwise(tokens):
        words = (prev[-1].isalnum() or prev[-1] == "_") and (token[0].isalnum() or token[0] == "_")
        parts.append(r"\s+" if words else r"\s*")
        parts.append(re.escape(token))
    return re.compile("".join(parts))


def locate(text: str, snippet: str, reviewed: tuple[int, int]) -> tuple[int, int, int] | None:
    """(start, end, occurrence) of the snippet in text nearest the reviewed range."""
    pattern = _pattern(snippet)
    if pattern is None:
        return None
    lo, hi = reviewed
    best = None
    for occurrence, m in enumerate(pattern.finditer(text)):
        distance = 0 if (m.start() < hi and m.end() > lo) or m.start() == lo else min(abs(m.start() - hi), abs(m.end() - lo))
        if best is None or distance < best[0]:
            best = (distance, m.start(), m.end(), occurrence)
        if distance == 0:
            break
    return None if best is None else best[1:]


def _duplicates_rule(span, rule_findings: list[Finding]) -> bool:
    short = span.end_line - span.start_line <= 2
    for f in rule_findings:
        if f.span.start_line == span.start_line:
            return True
        if short and span.start_line <= f.span.start_line <= span.end_line:
            return True
    return False


def _locate_masked(masked, snippet: str, reviewed: tuple[int, int]) -> tuple[int, int, int] | None:
    """Where a quote of the masked text the model was shown sits in the original text."""
    if masked is None or not masked.spans:
        return None
    starts = [s[0] for s in masked.spans]

    def shifted(offset: int) -> int:
        i = bisect.bisect_right(starts, offset)
        return offset if i == 0 else offset + masked.spans[i - 1][3] - masked.spans[i - 1][1]

    where = locate(masked.text, snippet, (shifted(reviewed[0]), shifted(reviewed[1])))
    if where is None:
        return None
    start, end, occurrence = where
    return masked.original_offset(start), masked.original_offset(end, end=True), occurrence


def anchor(raw: list[RawFinding], text: str, *, path: str, fingerprint_path: str, language: str | None,
           reviewed: tuple[int, int], rule_findings: list[Finding] = (), threshold: float = 0.6,
           index: LineIndex | None = None, metadata: dict | None = None, focus: tuple[frozenset[int], ...] = (),
           max_fix_lines: int = DEFAULT_MAX_FIX_LINES, max_findings: int = MAX_FINDINGS_PER_UNIT,
           masked=None, asked: str | None = None, new_calls: bool = False) -> AnchorReport:
    """Findings located in ``text`` (``reviewed``: string offsets of the code under review;
    ``focus``: line sets a fix's quote must touch, e.g. the changed lines). Each fix passes
    the vetting gate on its own here; the file's fixes together are vetted by the caller.
    ``masked`` (a ``postil.gate.redact.Masked`` of ``text``) is what the model was shown: a
    quote of masked text lands on the real text under the masks. ``asked``: the problem the user
    asked to fix (what a fix may be about, instead of the model's message); ``new_calls``: the
    user allows fixes that add calls the file does not make."""
    index = index or LineIndex(text)
    report = AnchorReport()
    seen: set[tuple] = set()
    tree = None
    scope = Scope(reviewed, focus)
    for item in sorted(raw, key=lambda r: -r.confidence):
        if item.confidence < threshold:
            report.drop("below confidence threshold")
            continue
        if len(report.findings) >= max_findings:
            report.drop(f"over {max_findings} findings for one unit")
            continue
        existing = clean_snippet(item.existing_code)
        where = locate(text, existing, reviewed) or _locate_masked(masked, existing, reviewed)
        if where is None:
            report.drop("quoted code not in the file")
            continue
        start, end, occurrence = where
        lo, hi = reviewed
        if not (start < hi and end > lo) and not (start == end == lo):
            report.drop("outside the reviewed code")
            continue
        span = index.span(start, end)
        if _duplicates_rule(span, list(rule_findings)):
            report.drop("repeats a rule finding")
            continue
        rule = f"llm/{item.category}"
        key = (rule, start, end)
        if key in seen:
            report.drop("duplicate")
            continue
        seen.add(key)
        fix = None
        fix_note = None
        improved = clean_snippet(item.improved_code) if item.improved_code.strip() else ""
        if improved and MASK_OPEN in improved:
            fix_note = "the fix contains masked text"
        elif improved and " ".join(improved.split()) != " ".join(existing.split()):
            if tree is None and language is not None:
                tree = parsed(text, language)
            vetted = vet_fix(text, language, start=start, end=end, quote=existing, improved=improved, scope=scope,
                             max_lines=max_fix_lines, index=index, tree=tree,
                             about=item.message if asked is None else asked, asked=asked or "", new_calls=new_calls)
            if vetted.edit is None:
                fix_note = vetted.reason
            else:
                fix = Fix("apply the suggested change", (vetted.edit,))
        if fix_note:
            report.drop("fix withheld: " + fix_note)
        snippet = text[start:end]
        finding = Finding(
            rule=rule, severity=Severity.parse(item.severity), message=plain_message(item.message), path=path,
            span=span,
            source="llm", fix=fix, url=LLM_REVIEW_DOCS,
            metadata={"category": item.category, "confidence": round(item.confidence, 2),
                      **({"fix_withheld": fix_note} if fix_note else {}), **(metadata or {})},
            fingerprint=fingerprint(rule, fingerprint_path, snippet, occurrence),
        )
        report.findings.append(finding)
    return report
