"""Render findings as text (ruff-like), JSON or SARIF 2.1.0."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from postil import __version__
from postil.analyzers.findings import BINARY_FILE, Finding, Severity, Span, TextEdit
from postil.core.plain_text import plain
from postil.core.terminal import terminal

# Skipped files listed by default in text output; --show-skipped lists all.
SKIPPED_SHOWN = 10

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36", Severity.HINT: "2"}


@dataclass
class Totals:
    """Totals shown under the findings."""

    files_checked: int = 0
    files_skipped: list[tuple[str, str]] = field(default_factory=list)
    fixed: int = 0
    elapsed: float = 0.0
    notes: list[str] = field(default_factory=list)
    coverage: dict | None = None  # `postil review`: what was reviewed and what was skipped, and why
    incomplete: str | None = None  # `postil review`: why the LLM review did not finish
    hidden: int = 0  # findings the workspace's .postil-baseline hid


def _edit_json(path: str, edit: TextEdit) -> dict:
    s = edit.span
    return {"path": path, "line": s.start_line + 1, "column": s.start_col + 1,
            "end_line": s.end_line + 1, "end_column": s.end_col + 1, "text": edit.new_text}


def finding_json(f: Finding) -> dict:
    """One finding in the documented JSON shape (1-based positions)."""
    return {
        "path": f.path,
        "line": f.span.start_line + 1,
        "column": f.span.start_col + 1,
        "end_line": f.span.end_line + 1,
        "end_column": f.span.end_col + 1,
        "rule": f.rule,
        "severity": f.severity.label,
        "source": f.source,
        "message": f.message,
        "note": f.note,
        "url": f.url,
        "metadata": f.metadata,
        "fingerprint": f.fingerprint,
        "fix": None if f.fix is None else {
            "description": f.fix.description,
            "edits": [_edit_json(f.path, e) for e in f.fix.edits],
        },
        "related": [{"path": r.path, "line": r.span.start_line + 1, "column": r.span.start_col + 1,
                     "end_line": r.span.end_line + 1, "message": r.message, "call": r.call} for r in f.related],
    }


def _counts(findings: list[Finding]) -> dict[str, int]:
    counts = Counter(f.severity.label for f in findings)
    return {s.label: counts.get(s.label, 0) for s in sorted(Severity, reverse=True)}


def render_json(findings: list[Finding], summary: Totals) -> str:
    return json.dumps(
        {
            "findings": [finding_json(f) for f in findings],
            "summary": {
                "findings": len(findings),
                "by_severity": _counts(findings),
                "fixable": sum(1 for f in findings if f.fix and f.source != "llm"),
                "model_fixes": sum(1 for f in findings if f.fix and f.source == "llm"),
                "fixed": summary.fixed,
                "complete": summary.incomplete is None,
                **({"incomplete": summary.incomplete} if summary.incomplete is not None else {}),
                "files_checked": summary.files_checked,
                "files_skipped": [{"path": p, "reason": r} for p, r in summary.files_skipped],
                "elapsed_seconds": round(summary.elapsed, 3),
                "hidden_by_baseline": summary.hidden,
                "notes": summary.notes,
                **({"coverage": summary.coverage} if summary.coverage is not None else {}),
            },
        },
        indent=2,
    )


def render_text(findings: list[Finding], summary: Totals, color: bool = False,
                statistics: bool = False, show_skipped: bool = False) -> str:
    """Text for a terminal: everything postil did not write itself (paths, messages, notes
    quoting code or a model) is stripped of escape sequences and control characters."""
    lines = []

    def paint(code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if color else text

    if statistics:
        by_rule = Counter(f.rule for f in findings)
        fixable = Counter(f.rule for f in findings if f.fix)
        for rule, count in by_rule.most_common():
            mark = " [fixable]" if fixable[rule] else ""
            lines.append(f"{count:6d}  {terminal(rule)}{mark}")
    else:
        for f in findings:
            where = f"{terminal(f.path)}:{f.span.start_line + 1}:{f.span.start_col + 1}"
            fix = paint("32", " [fix available]") if f.fix else ""
            lines.append(
                f"{paint('1', where)}: {paint(_COLORS[f.severity], f.severity.label)} "
                f"{paint('1', terminal(f.rule))} {terminal(f.message)}{fix}"
            )
    # binary files (images, archives) are expected: counted in one line unless --show-skipped
    named = [(p, r) for p, r in summary.files_skipped if show_skipped or r != BINARY_FILE]
    binary = len(summary.files_skipped) - len(named)
    shown = named if show_skipped else named[:SKIPPED_SHOWN]
    lines.extend(terminal(f"skipped {path}: {reason}") for path, reason in shown)
    if len(shown) < len(named):
        lines.append(f"... and {len(named) - len(shown)} more skipped (--show-skipped lists them)")
    if binary:
        lines.append(f"{binary} binary file{'s' if binary != 1 else ''} skipped (--show-skipped lists them)")
    lines.extend(terminal(note) for note in summary.notes)
    if summary.hidden:
        from postil.analyzers.baseline import FILE_NAME  # not with this module: `postil search` needs no baseline

        lines.append(f"{summary.hidden} finding{'s' if summary.hidden != 1 else ''} hidden by {FILE_NAME}")
    lines.append(_summary_line(findings, summary))
    return "\n".join(lines)


def _summary_line(findings: list[Finding], summary: Totals) -> str:
    files = f"{summary.files_checked} file{'s' if summary.files_checked != 1 else ''}"
    skipped = f", {len(summary.files_skipped)} skipped" if summary.files_skipped else ""
    fixed = f"; fixed {summary.fixed}" if summary.fixed else ""
    unfinished = f"; but {summary.incomplete}" if summary.incomplete else ""
    if not findings:
        # a file skipped for a limit (size, nesting, time) was not checked: no all-clear for it
        unchecked = summary.incomplete or any(reason != BINARY_FILE for _, reason in summary.files_skipped)
        opening = "No findings" if unchecked else "All clear: no findings"
        return f"{opening} in {files}{skipped}{fixed}{unfinished} ({summary.elapsed:.2f}s)."
    counts = ", ".join(f"{n} {label}" for label, n in _counts(findings).items() if n)
    # --fix applies rule fixes only; a model's fixes need --fix-llm (and pass the vetting gate)
    fixable = sum(1 for f in findings if f.fix and f.source != "llm")
    model_fixes = sum(1 for f in findings if f.fix and f.source == "llm")
    hint = (f"; {fixable} fixable with --fix" if fixable else "") + \
        (f"; {model_fixes} model fix{'es' if model_fixes != 1 else ''} offered (--fix-llm)" if model_fixes else "")
    return (f"Found {len(findings)} finding{'s' if len(findings) != 1 else ''} ({counts}) in "
            f"{files}{skipped}{hint}{fixed}{unfinished} ({summary.elapsed:.2f}s).")


_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note", Severity.HINT: "note"}


def _uri(path: str) -> str:
    """SARIF artifact URI (percent-encoded): relative to the working directory when
    possible, else file://."""
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.relative_to(Path.cwd())
        except ValueError:
            return candidate.as_uri()
    posix = candidate.as_posix()
    return quote(posix.removeprefix("./"), safe="/", errors="surrogateescape")  # a name's raw bytes, %-encoded


def _artifact(path: str) -> dict:
    uri = _uri(path)
    return {"uri": uri} if uri.startswith("file:///") else {"uri": uri, "uriBaseId": "%SRCROOT%"}


def _region(span: Span) -> dict:
    return {"startLine": span.start_line + 1, "startColumn": span.start_col + 1,
            "endLine": span.end_line + 1, "endColumn": span.end_col + 1}


_SARIF_LINK_SYNTAX = str.maketrans({"\\": "\\\\", "[": "\\[", "]": "\\]"})


def _sarif_plain(text: str) -> str:
    """A message, description or help as SARIF plain text: without escape sequences or control
    characters (core.plain_text: code scanning and SARIF viewers show it, bidi marks reordered), and
    ``[text](target)`` there is an embedded link (SARIF 2.1.0 §3.11.6) that viewers make live, so a
    model's or a repository's ``[`` ``]`` (and ``\\``) are escaped as the format asks for literal ones."""
    return plain(text).translate(_SARIF_LINK_SYNTAX)


def render_sarif(findings: list[Finding], rules_meta: dict[str, dict], incomplete: str | None = None,
                 hidden: Sequence[Finding] = ()) -> str:
    """SARIF 2.1.0 as GitHub code scanning accepts it (relative URIs, partialFingerprints);
    ``incomplete``: why the review did not finish (an invocation that did not succeed);
    ``hidden``: findings the team's baseline hides, marked suppressed (kind "external": code
    scanning shows them as closed, not open)."""
    suppressed = {id(f) for f in hidden}
    findings = [*findings, *hidden]
    used = sorted({f.rule for f in findings})
    rule_index = {rule: i for i, rule in enumerate(used)}
    driver_rules = []
    for rule in used:
        meta = rules_meta.get(rule, {})
        entry = {
            "id": rule,
            "name": rule.replace("/", "-"),
            "shortDescription": {"text": _sarif_plain((meta.get("message") or rule)[:200])},
            "fullDescription": {"text": _sarif_plain(meta.get("message") or rule)},
            "defaultConfiguration": {"level": _SARIF_LEVEL.get(meta.get("severity"), "warning")},
            "properties": {"tags": [t for t in (meta.get("category"), meta.get("cwe")) if t]},
        }
        if meta.get("url"):
            entry["helpUri"] = meta["url"]
        if meta.get("note"):
            entry["help"] = {"text": _sarif_plain(meta["note"])}
        driver_rules.append(entry)
    results = []
    for f in findings:
        result = {
            "ruleId": f.rule,
            "ruleIndex": rule_index[f.rule],
            "level": _SARIF_LEVEL[f.severity],
            "message": {"text": _sarif_plain(f.message)},
            "locations": [{"physicalLocation": {
                "artifactLocation": _artifact(f.path),
                "region": _region(f.span),
            }}],
            "partialFingerprints": {"postil/v1": f.fingerprint},
        }
        if id(f) in suppressed:
            result["suppressions"] = [{"kind": "external"}]
        if f.related:
            result["relatedLocations"] = [{
                "id": i, "message": {"text": _sarif_plain(r.message)},
                "physicalLocation": {"artifactLocation": _artifact(r.path), "region": _region(r.span)},
            } for i, r in enumerate(f.related)]
        if f.fix:
            result["fixes"] = [{
                "description": {"text": _sarif_plain(f.fix.description)},
                "artifactChanges": [{
                    "artifactLocation": _artifact(f.path),
                    "replacements": [{
                        "deletedRegion": _region(e.span),
                        "insertedContent": {"text": e.new_text},
                    } for e in f.fix.edits],
                }],
            }]
        results.append(result)
    return json.dumps({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "postil",
                "version": __version__,
                "informationUri": "https://github.com/postil/postil",
                "rules": driver_rules,
            }},
            "results": results,
            **({"invocations": [{"executionSuccessful": False, "toolExecutionNotifications": [
                {"level": "warning", "message": {"text": _sarif_plain(incomplete)}}]}]} if incomplete else {}),
        }],
    }, indent=2)
