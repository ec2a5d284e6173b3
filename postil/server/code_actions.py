"""Code actions: quick fixes, suppression comments, ``source.fixAll.postil``, and where a folder
has an LLM provider, Explain / Fix with AI / dismiss / Review this function (their commands:
``postil.server.commands``).

Quick fixes are carried in each diagnostic's ``data`` (computed with the
diagnostics), so answering needs no new check. Fix-all is deferred to
``codeAction/resolve`` when the client can resolve ``edit``.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from lsprotocol import types

from postil.analyzers.findings import LineIndex
from postil.analyzers.languages import comment_prefix
from postil.analyzers.rules.fixes import select_non_overlapping
from postil.server import command_names, llm_review
from postil.server.diagnostic_json import SOURCE
from postil.server.diagnostics import results_for_current_version
from postil.server.session import Session
from postil.server.uris import uri_to_path

FIX_ALL_KIND = "source.fixAll.postil"
REFACTOR_KIND = "refactor.postil"
KINDS = [types.CodeActionKind.QuickFix, FIX_ALL_KIND, REFACTOR_KIND]

_LINE_MARKER = re.compile(r"postil:\s*ignore\[(?P<ids>[^\]]*)\]")
_FILE_MARKER = re.compile(r"postil:\s*ignore-file\[(?P<ids>[^\]]*)\]")
_PREAMBLE = re.compile(r"^(#!|#.*coding[:=]|<\?xml|<!doctype|\ufeff)", re.IGNORECASE)


def _wanted(kind: str, only: list[str] | None) -> bool:
    if not only:
        return True
    return any(kind == o or kind.startswith(f"{o}.") for o in only)


def _insert(line: int, character: int, text: str) -> types.TextEdit:
    pos = types.Position(line=line, character=character)
    return types.TextEdit(range=types.Range(start=pos, end=pos), new_text=text)


def _add_id(line_text: str, match: re.Match, rule: str, encoder) -> types.TextEdit | None:
    """Append ``rule`` to an existing ``ignore[...]`` list on a line (None if already there)."""
    ids = [part.strip() for part in match.group("ids").split(",") if part.strip()]
    if rule in ids:
        return None
    start, end = match.span("ids")
    new = ", ".join([*ids, rule])
    return types.TextEdit(
        range=types.Range(start=types.Position(line=0, character=encoder.to_client_column(line_text, start)),
                          end=types.Position(line=0, character=encoder.to_client_column(line_text, end))),
        new_text=new)


def ignore_line_edit(index: LineIndex, line: int, rule: str, path: str, encoder) -> types.TextEdit | None:
    """Suppress ``rule`` on ``line``: extend a suppression comment on the line above,
    else insert ``postil: ignore[RULE]`` above it with the same indentation."""
    opening, closing = comment_prefix(path)
    if line >= index.line_count:
        return None
    if line > 0:
        above = index.line_text(line - 1)
        stripped = above.lstrip()
        match = _LINE_MARKER.search(above)
        if match and stripped.startswith(opening.strip()):
            edit = _add_id(above, match, rule, encoder)
            if edit is not None:
                edit.range.start.line = edit.range.end.line = line - 1
            return edit
    current = index.line_text(line)
    indent = current[: len(current) - len(current.lstrip())]
    newline = "\r\n" if index.text[index.line_end(line):index.line_end(line) + 2] == "\r\n" else "\n"
    return _insert(line, 0, f"{indent}{opening}postil: ignore[{rule}]{closing}{newline}")


def ignore_file_edit(index: LineIndex, rule: str, path: str, encoder) -> types.TextEdit | None:
    """Suppress ``rule`` in the whole file: extend an ``ignore-file[...]`` comment near
    the top, else insert one after any shebang / encoding / XML declaration."""
    opening, closing = comment_prefix(path)
    first_code = 0
    for line in range(min(index.line_count, 50)):
        text = index.line_text(line)
        match = _FILE_MARKER.search(text)
        if match:
            edit = _add_id(text, match, rule, encoder)
            if edit is not None:
                edit.range.start.line = edit.range.end.line = line
            return edit
    for line in range(min(index.line_count, 2)):
        if _PREAMBLE.match(index.line_text(line)):
            first_code = line + 1
    newline = "\r\n" if "\r\n" in index.text[:4096] else "\n"
    if first_code >= index.line_count:  # the file is only a preamble without a final newline
        last = index.line_count - 1
        return _insert(last, encoder.units(index.line_text(last)),
                       f"{newline}{opening}postil: ignore-file[{rule}]{closing}")
    return _insert(first_code, 0, f"{opening}postil: ignore-file[{rule}]{closing}{newline}")


def _edit(uri: str, edits: list[types.TextEdit], version: int | None) -> types.WorkspaceEdit:
    return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(
        text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
        edits=edits)])


def _json_edits(raw: list[dict]) -> list[types.TextEdit]:
    out = []
    for e in raw:
        r = e["range"]
        out.append(types.TextEdit(
            range=types.Range(start=types.Position(**r["start"]), end=types.Position(**r["end"])),
            new_text=e["newText"]))
    return out


def code_actions(ls, params: types.CodeActionParams, document=None) -> list[types.CodeAction]:
    """The actions for ``document`` (default: the open document as it is now; anything with
    ``version`` and ``source``, e.g. the snapshot taken when the request arrived)."""
    session: Session = ls.session
    uri = params.text_document.uri
    state = session.documents.get(uri)
    if state is None:
        return []
    document = document or ls.workspace.get_text_document(uri)
    only = params.context.only
    actions: list[types.CodeAction] = []
    path = str(uri_to_path(uri) or uri)
    index: LineIndex | None = None
    seen: set[tuple] = set()
    if _wanted(types.CodeActionKind.QuickFix, only):
        for diagnostic in params.context.diagnostics:
            if diagnostic.source != SOURCE or not isinstance(diagnostic.code, str):
                continue
            rule = diagnostic.code
            data = diagnostic.data if isinstance(diagnostic.data, dict) else {}
            fix = data.get("fix")
            llm = rule.startswith("llm/")
            if fix and data.get("version") == document.version:
                actions.append(types.CodeAction(  # a model's fix is offered, never preferred
                    title=f"postil ({rule}): {fix['title']}", kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic], is_preferred=not llm,
                    edit=_edit(uri, _json_edits(fix["edits"]), document.version),
                    command=_accept_command(uri, data, rule) if llm else None))
            if llm:
                continue  # LLM findings are dismissed (postil.dismiss), not suppressed by comments
            if index is None:
                index = LineIndex(document.source)
            line = diagnostic.range.start.line
            if ("line", rule, line) not in seen:
                seen.add(("line", rule, line))
                edit = ignore_line_edit(index, line, rule, path, session.encoder)
                if edit is not None:
                    actions.append(types.CodeAction(
                        title=f"postil ({rule}): ignore on this line", kind=types.CodeActionKind.QuickFix,
                        diagnostics=[diagnostic], edit=_edit(uri, [edit], document.version)))
            if ("file", rule) not in seen:
                seen.add(("file", rule))
                edit = ignore_file_edit(index, rule, path, session.encoder)
                if edit is not None:
                    actions.append(types.CodeAction(
                        title=f"postil ({rule}): ignore in this file", kind=types.CodeActionKind.QuickFix,
                        diagnostics=[diagnostic], edit=_edit(uri, [edit], document.version)))
            if data.get("fingerprint"):
                actions.append(types.CodeAction(
                    title=f"postil ({rule}): dismiss for the team (.postil-baseline)",
                    kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic],
                    command=types.Command(title="postil: dismiss for the team", command=command_names.DISMISS, arguments=[
                        {"uri": uri, "fingerprint": data["fingerprint"], "category": rule, "rule": rule}])))
    actions.extend(_llm_actions(ls, params, lambda kind: _wanted(kind, only)))
    if (only and _wanted(FIX_ALL_KIND, only)) or (not only and _has_fixes(state)):
        actions.append(types.CodeAction(title="postil: fix all auto-fixable problems", kind=FIX_ALL_KIND,
                                        data={"uri": uri, "version": document.version}))
    return actions


def _rule_fixes(findings) -> list:
    """Findings whose fix fix-all may apply: the rules' (a model's fix is never applied unasked)."""
    return [f for f in findings if f.fix is not None and f.source != "llm"]


def _has_fixes(state) -> bool:
    return bool(_rule_fixes(state.findings))


async def fix_all_edit(ls, uri: str) -> types.WorkspaceEdit | None:
    """All safe, non-overlapping rule fixes for the document's current text."""
    state = await results_for_current_version(ls, uri)
    if state is None or state.index is None:
        return None
    encoder = ls.session.encoder
    fixes = select_non_overlapping(_rule_fixes(state.findings))
    edits = [encoder.text_edit(state.index, e) for fix in fixes for e in fix.edits]
    return _edit(uri, edits, state.result_version)


async def answer(ls, params: types.CodeActionParams) -> list[types.CodeAction]:
    """``textDocument/codeAction``; fix-all's edit is inlined only when the client
    cannot resolve it later."""
    current = ls.workspace.get_text_document(params.text_document.uri)
    asked_on = SimpleNamespace(version=current.version, source=current.source)  # changes may arrive meanwhile
    await llm_review.settings_known(ls)  # which folders have an LLM provider (read once, after the rules)
    actions = code_actions(ls, params, asked_on)
    if ls.session.client.resolve_edit:
        return actions
    out = []
    for action in actions:
        if action.kind == FIX_ALL_KIND and action.edit is None:
            action.edit = await fix_all_edit(ls, params.text_document.uri)
            if action.edit is None:
                continue
        out.append(action)
    return out


async def resolve(ls, action: types.CodeAction) -> types.CodeAction:
    """``codeAction/resolve``: compute the deferred fix-all edit."""
    data = action.data if isinstance(action.data, dict) else {}
    if action.kind == FIX_ALL_KIND and "uri" in data:
        action.edit = await fix_all_edit(ls, data["uri"])
    return action


# --- LLM actions ------------------------------------------------------------------
def _llm_code(diagnostic: types.Diagnostic) -> bool:
    return isinstance(diagnostic.code, str) and diagnostic.code.startswith("llm/")


def _args(uri: str, range_: types.Range, diagnostic: types.Diagnostic | None = None, **extra) -> dict:
    from pygls.protocol import default_converter

    converter = default_converter()
    out = {"uri": uri, "range": converter.unstructure(range_)}
    if diagnostic is not None:
        out["diagnostic"] = converter.unstructure(diagnostic)
    out.update(extra)
    return out


def _llm_actions(ls, params: types.CodeActionParams, wanted) -> list[types.CodeAction]:
    """Explain / Fix with AI / dismiss / Make this a rule / Review this function, where a provider is configured."""
    reviews = ls.session.reviews
    if reviews is None:
        return []
    uri = params.text_document.uri
    folder = reviews.folder_for(uri_to_path(uri), reviews.known)
    if folder is None or folder.provider == "none" or folder.error is not None:
        return []
    actions: list[types.CodeAction] = []
    document = ls.workspace.get_text_document(uri)
    quickfix = wanted(types.CodeActionKind.QuickFix)
    for diagnostic in params.context.diagnostics:
        if diagnostic.source != "postil" or not quickfix:
            continue
        code = diagnostic.code if isinstance(diagnostic.code, str) else "postil"
        data = diagnostic.data if isinstance(diagnostic.data, dict) else {}
        if _llm_code(diagnostic) and data.get("fingerprint"):
            actions.append(types.CodeAction(
                title=f"postil ({code}): dismiss this finding", kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                command=types.Command(title="postil: dismiss this finding", command=command_names.DISMISS, arguments=[
                    {"uri": uri, "fingerprint": data["fingerprint"], "category": code.removeprefix("llm/")}])))
            actions.append(types.CodeAction(
                title=f"postil ({code}): Make this a rule", kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                command=types.Command(title="postil: Make this a rule", command=command_names.LEARN_RULE, arguments=[
                    {"uri": uri, "fingerprint": data["fingerprint"], "category": code.removeprefix("llm/")}])))
        actions.append(types.CodeAction(
            title=f"postil ({code}): Explain this", kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic],
            command=types.Command(title="postil: Explain this", command=command_names.EXPLAIN,
                                  arguments=[_args(uri, diagnostic.range, diagnostic)])))
        if not data.get("fix"):  # asked when picked, applied when the model answers (commands.fix_with_ai)
            args = _args(uri, diagnostic.range, diagnostic, version=document.version)
            actions.append(types.CodeAction(
                title=f"postil ({code}): Fix this with AI", kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic],
                command=types.Command(title="postil: Fix this with AI", command=command_names.FIX_WITH_AI, arguments=[args])))
    if wanted(REFACTOR_KIND):
        r = params.range
        if r.start != r.end and not params.context.diagnostics:
            actions.append(types.CodeAction(
                title="postil: Explain this", kind=REFACTOR_KIND,
                command=types.Command(title="postil: Explain this", command=command_names.EXPLAIN, arguments=[_args(uri, r)])))
        if folder.mode != "off":
            actions.append(types.CodeAction(
                title="postil: Review this function", kind=REFACTOR_KIND,
                command=types.Command(title="postil: Review this function", command=command_names.REVIEW_FILE,
                                      arguments=[_args(uri, r)])))
    return actions


def _accept_command(uri: str, finding_data: dict, code: str) -> types.Command | None:
    """The command an applied LLM fix carries, so accepted fixes are counted."""
    fingerprint = finding_data.get("fingerprint")
    if not fingerprint:
        return None
    return types.Command(title="postil: fix applied", command=command_names.ACCEPT_FIX,
                         arguments=[{"uri": uri, "fingerprint": fingerprint, "category": code.removeprefix("llm/")}])
