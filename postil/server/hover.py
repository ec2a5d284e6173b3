"""Hover on a postil diagnostic: what the rule says, how to fix it, where its docs are and
how to suppress it. A rule's words come from the repository and a finding's from a model:
the Markdown passes the sanitiser Explain's does (``postil.gate.text.markdown``)."""

from __future__ import annotations

from lsprotocol import types

from postil.analyzers.findings import Finding
from postil.analyzers.languages import comment_prefix
from postil.gate.text import markdown
from postil.server.diagnostic_json import findings_with_llm
from postil.server.session import Session
from postil.server.uris import uri_to_path


def _contains(rng: types.Range, position: types.Position) -> bool:
    start, end = (rng.start.line, rng.start.character), (rng.end.line, rng.end.character)
    return start <= (position.line, position.character) <= end


def describe(finding: Finding, path: str) -> str:
    """Markdown for one finding, safe to render: its only live link is the rule's https ``url``."""
    parts = [f"**postil** `{finding.rule}` ({finding.severity.label})", finding.message]
    if finding.note:
        parts.append(f"**How to fix:** {finding.note.strip()}")
    if finding.fix is not None:
        parts.append(f"Quick fix available: {finding.fix.description}.")
    if finding.url:
        parts.append(f"[Documentation](<{finding.url}>)")
    if finding.source == "llm":
        parts.append("From the LLM review: use the quick fix *dismiss this finding* to hide it for good.")
    else:
        opening, closing = comment_prefix(path)
        parts.append(f"Suppress: `{opening}postil: ignore[{finding.rule}]{closing}` on the line (quick fix "
                     f"*ignore on this line*), or `ignore = [\"{finding.rule}\"]` in `.postil.toml`.")
    links = (finding.url,) if finding.url else ()
    return "\n\n".join(markdown(part, links=links) for part in parts)  # each apart: a note's open fence ends in it


def hover(ls, params: types.HoverParams) -> types.Hover | None:
    session: Session = ls.session
    uri = params.text_document.uri
    state = session.documents.get(uri)
    if state is None or state.index is None:
        return None
    document = ls.workspace.get_text_document(uri)
    if state.result_version != document.version:
        return None  # the findings are for another text; positions would be wrong
    path = str(uri_to_path(uri) or uri)
    found = [(f, session.encoder.range(state.index, f.span)) for f in findings_with_llm(session, state)]
    found = [(f, r) for f, r in found if _contains(r, params.position)]
    if not found:
        return None
    text = "\n\n---\n\n".join(describe(f, path) for f, _ in found)
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text), range=found[0][1])
