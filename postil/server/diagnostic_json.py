"""Findings as LSP ``Diagnostic`` JSON: the one place a finding becomes what the editor shows.

Plain JSON (no lsprotocol), so the first check's diagnostics can be published before the
language server's libraries load (``postil.server.front``); the server structures the same
JSON into lsprotocol objects (``postil.server.diagnostics``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from postil.analyzers.findings import Finding, LineIndex, Severity
from postil.core.plain_text import plain
from postil.server.uris import uri_to_path

if TYPE_CHECKING:
    from postil.server.session import DocumentState, Session

SOURCE = "postil"
SEVERITIES = {Severity.ERROR: 1, Severity.WARNING: 2, Severity.INFO: 3, Severity.HINT: 4}  # LSP DiagnosticSeverity
INFORMATION = 3
UNNECESSARY, DEPRECATED = 1, 2  # LSP DiagnosticTag
_TAGS = {"unnecessary": UNNECESSARY, "deprecated": DEPRECATED}


def diagnostic(session: Session, finding: Finding, index: LineIndex, version: int | None, uri: str) -> dict:
    """One finding of the document at ``uri`` (its related places are in the same document)."""
    encoder = session.encoder
    data: dict = {"fingerprint": finding.fingerprint, "version": version}
    if finding.fix is not None:
        data["fix"] = {"title": plain(finding.fix.description),
                       "edits": [encoder.text_edit_json(index, e) for e in finding.fix.edits]}
    tags = [_TAGS[t] for t in finding.metadata.get("tags", ()) if t in _TAGS] if isinstance(
        finding.metadata.get("tags"), list) else []
    if "unreachable" in finding.rule or "unused" in finding.rule:
        tags.append(UNNECESSARY)
    # (a repository's rule writes its message: shown, never interpreted — no escapes, controls, bidi marks)
    found = {"range": encoder.range_json(index, finding.span), "message": plain(finding.message),
             "severity": SEVERITIES[finding.severity], "code": finding.rule}
    if finding.url:
        found["codeDescription"] = {"href": finding.url}
    found["source"] = SOURCE
    if tags:
        found["tags"] = sorted(set(tags))
    if finding.related:
        found["relatedInformation"] = [
            {"location": {"uri": uri, "range": encoder.range_json(index, r.span)}, "message": plain(r.message)}
            for r in finding.related]
    found["data"] = data
    return found


def notice(message: str) -> dict:
    """An Information diagnostic at the file's start: what postil says about the file as a whole."""
    start = {"line": 0, "character": 0}
    return {"range": {"start": start, "end": start}, "severity": INFORMATION, "source": SOURCE, "message": message}


def skip_notice(reason: str) -> dict:
    """The one notice of a document postil did not check, saying why (too large, binary, too many
    lines, out of time)."""
    return notice(f"postil did not check this file: {reason}")


def findings_with_llm(session: Session, state: DocumentState) -> list[Finding]:
    """The rule findings of the document's last check, plus its LLM findings (postil.server.llm_review)
    placed in the same text."""
    if state.index is None:
        return []
    doc = session.reviews.docs.get(state.uri) if session.reviews is not None else None
    if doc is None or not doc.entries:
        return state.findings
    from postil.analyzers.llm.relocation import placed

    return [*state.findings, *placed(doc.entries, state.index.text, uri_to_path(state.uri))]


def shown(findings: list[Finding], limit: int) -> list[Finding]:
    """At most ``limit`` findings (0: all), the most severe first chosen, kept in document order."""
    if not limit or len(findings) <= limit:
        return findings
    kept = set(map(id, sorted(findings, key=lambda f: -f.severity)[:limit]))
    return [f for f in findings if id(f) in kept]


def of_document(session: Session, state: DocumentState) -> list[dict]:
    """What the editor shows for the document's last check."""
    if state.index is None and state.skipped:
        return [skip_notice(state.skipped)]
    findings = findings_with_llm(session, state)
    limit = session.settings.max_diagnostics if session.settings is not None else 0
    kept = shown(findings, limit)
    found = [diagnostic(session, f, state.index, state.result_version, state.uri) for f in kept]
    if len(kept) < len(findings):  # a rule matching every line must not flood the editor
        found.insert(0, notice(f"postil shows {len(kept)} of {len(findings)} findings in this file "
                               "(maxDiagnostics); run `postil check` on it to see them all"))
    if state.overran:  # one line at the top: this file's findings are missing, and why
        found.insert(0, skip_notice(state.skipped))
    return found
