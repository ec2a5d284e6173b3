"""``workspace/executeCommand`` commands: checkWorkspace, applyFixes, showStatus, and the LLM's
reviewFile, explain, fixWithAI, dismiss and acceptFix (the reviewer: ``postil.server.llm_review``)."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import time
import uuid
from collections import Counter
from pathlib import Path

from lsprotocol import types

from postil import __version__
from postil.analyzers.findings import LineIndex
from postil.core.plain_text import message
from postil.server import (check_process, code_actions, config_facts, config_notes, jobs, llm_command, llm_review,
                           shared_dismissal)
from postil.server import status as server_status
from postil.server.command_names import APPLY_FIXES
from postil.server.diagnostics import in_worker, publish, show_problems, skipped_diagnostic, to_diagnostic
from postil.server.session import Session
from postil.server.uris import uri_to_path

log = logging.getLogger("postil.server")
STATUS_SETTINGS_BOUND = 10.0  # seconds postil.showStatus waits for the LLM settings (5 s passed at load 10)

_REPORT_EVERY = 0.1  # seconds between $/progress reports


# --- checkWorkspace -------------------------------------------------------------
def _check_file(session: Session, folders: list[Path], path: Path):
    """The file's report from the check process, and its text's index when it has findings."""
    report = check_process.check_file(session, folders, path)
    index = None
    if report.findings:
        index = LineIndex(path.read_bytes().decode("utf-8", errors="replace").removeprefix("\ufeff"))
    return report, index


async def check_workspace(ls, *args) -> dict:
    """Check every file of every workspace folder, publishing each file's results as it
    goes, inside ``$/progress``; stops on ``$/cancelRequest`` or a progress cancel. The files are
    found and checked in the check process, each check stopped past its bound as a document's is
    (``diagnostics.in_worker``): the file is told so in one line, and the check goes on."""
    session: Session = ls.session
    request = ls.protocol._request_futures.get(ls.protocol.msg_id)
    token = None
    if session.client.work_done_progress:
        token = f"postil-check-{uuid.uuid4()}"
        await asyncio.wait_for(ls.work_done_progress.create_async(token), jobs.CLIENT_BOUND)
        ls.work_done_progress.begin(token, types.WorkDoneProgressBegin(
            title="postil: checking workspace", cancellable=True, percentage=0))

    def cancelled() -> bool:
        progress = ls.work_done_progress.tokens.get(token) if token else None
        return bool((request is not None and request.cancelled()) or (progress is not None and progress.cancelled()))

    started = time.perf_counter()
    folders = session.folders(ls.workspace)
    summary = {"files": 0, "checked": 0, "findings": 0, "bySeverity": {}, "skipped": 0,
               "cancelled": False, "seconds": 0.0}
    severities: Counter = Counter()
    try:
        files, problems = await in_worker(session, check_process.workspace_files, session, folders)
        show_problems(ls, problems)
        summary["files"] = len(files)
        last_report = 0.0
        for done, path in enumerate(files, start=1):
            if cancelled():
                summary["cancelled"] = True
                break
            uri = path.resolve().as_uri()
            try:
                report, index = await in_worker(session, _check_file, session, folders, path)
                findings, skipped = report.findings, report.skipped
                shown = [to_diagnostic(session, f, index, None, uri) for f in findings] if index else []
            except check_process.Ended as ended:  # stopped (or a crash): one line says so
                findings, skipped, shown = [], ended.why, [skipped_diagnostic(ended.why)]
            summary["checked"] += 1
            if skipped:
                summary["skipped"] += 1
            if uri not in session.documents and (shown or uri in session.scan_published):
                publish(ls, uri, shown)
                if shown:
                    session.scan_published.add(uri)
                else:
                    session.scan_published.discard(uri)
            summary["findings"] += len(findings)
            severities.update(f.severity.label for f in findings)
            now = time.perf_counter()
            if token and (now - last_report >= _REPORT_EVERY or done == len(files)):
                last_report = now
                ls.work_done_progress.report(token, types.WorkDoneProgressReport(
                    message=f"{done}/{len(files)} files, {summary['findings']} findings",
                    percentage=int(done * 100 / max(len(files), 1)), cancellable=True))
    finally:
        summary["bySeverity"] = dict(severities)
        summary["seconds"] = round(time.perf_counter() - started, 3)
        if token:
            state = "cancelled" if summary["cancelled"] else "done"
            ls.work_done_progress.end(token, types.WorkDoneProgressEnd(
                message=f"{state}: {summary['checked']}/{summary['files']} files, {summary['findings']} findings"))
        session.last_scan = summary
    log.info("workspace check: %s", json.dumps(summary))
    return summary


# --- applyFixes -----------------------------------------------------------------
def _uri_argument(args) -> str:
    value = args[0] if args else None
    if isinstance(value, dict):
        value = value.get("uri")
    if not isinstance(value, str):
        raise ValueError(f"{APPLY_FIXES} expects a document URI argument, got {value!r}")
    return value


async def apply_fixes(ls, *args) -> dict:
    """Apply every safe, non-overlapping fix of an open document via workspace/applyEdit."""
    uri = _uri_argument(args)
    if uri not in ls.session.documents:
        raise ValueError(f"{APPLY_FIXES}: {uri} is not open")
    edit = await code_actions.fix_all_edit(ls, uri)
    count = sum(len(change.edits) for change in edit.document_changes) if edit else 0
    if not count:
        return {"applied": False, "edits": 0}
    result = await asyncio.wait_for(ls.workspace_apply_edit_async(
        types.ApplyWorkspaceEditParams(edit=edit, label="postil: fix all")), jobs.CLIENT_BOUND)
    return {"applied": bool(result.applied), "edits": count}


# --- showStatus -----------------------------------------------------------------
def status(ls) -> dict:
    session: Session = ls.session
    facts = config_facts.current(session)
    checkers = facts.checkers if facts is not None else ()
    return {
        "version": __version__,
        "diagnostics": "pull" if session.client.pull_diagnostics else "push",
        "positionEncoding": session.encoder.encoding,
        "settings": {"run": session.settings.run, "debounceMs": session.settings.debounce_ms,
                     "logLevel": session.settings.log_level, "select": session.settings.select,
                     "ignore": list(session.settings.ignore),
                     "configurationPreference": session.settings.configuration_preference},
        "workspaceFolders": [str(p) for p in session.folders(ls.workspace)],
        "configFiles": facts.config_files() if facts is not None else [],
        "rules": {str(c.config or "(defaults)"): c.rule_count for c in checkers},
        "ruleErrors": list(dict.fromkeys(line for c in checkers for line in c.rule_errors)),
        "configNotes": config_notes.current(ls),
        "openDocuments": len(session.documents),
        "checks": session.lint_count,
        "averageCheckMs": round(1000 * session.lint_total_seconds / session.lint_count, 2) if session.lint_count else None,
        # the last check's functions and classes checked again, of the document's (None: checked whole)
        "lastCheckUnits": dict(zip(("recomputed", "of"), session.last_units)) if session.last_units else None,
        "lastCheckRulesSearched": session.last_searched,  # (each compiled by ast-grep: most of a check's cost)
        "uptimeSeconds": round(time.monotonic() - session.started, 1),
        "lastWorkspaceCheck": session.last_scan,
        **server_status.current(ls),
    }


async def _rules_counted(ls) -> None:
    """Have the check process count the rules each config runs, once per config (a check stuck there
    leaves them uncounted for STATUS_SETTINGS_BOUND seconds: null in the status)."""
    session: Session = ls.session
    facts = config_facts.current(session)
    if facts is not None and facts.counted():
        return
    with contextlib.suppress(check_process.Ended, RuntimeError, TimeoutError):
        await asyncio.wait_for(in_worker(session, check_process.count_rules, session, session.folders(ls.workspace)),
                               STATUS_SETTINGS_BOUND)


async def show_status(ls, *args) -> dict:
    """The status, returned for the editor to show (the plugins do; no popup of our own) and
    logged; once the LLM configuration is settled (never "off" while it is being read: the user asked,
    so it waits up to STATUS_SETTINGS_BOUND seconds, long enough for a provider's SDK to load on a busy
    machine)."""
    await llm_review.ready(ls, STATUS_SETTINGS_BOUND)
    await _rules_counted(ls)
    info = status(ls)
    log.info("status: %s", json.dumps(info))
    return info


# --- LLM commands -----------------------------------------------------------------
def _line_of(arg: dict) -> int | None:
    rng = arg.get("range")
    if isinstance(rng, dict) and isinstance(rng.get("start"), dict):
        return int(rng["start"].get("line", 0))
    return None


async def review_file(ls, *args) -> dict:
    """``postil.reviewFile {uri, range?}``: the whole file, or the function around ``range``,
    reviewed in the background (``postil.server.jobs``): the findings arrive as diagnostics and
    one message says how it went."""
    from postil.analyzers.llm.units import unit_at, units_for_file

    arg = llm_command.argument(args)
    uri = arg["uri"]
    line = _line_of(arg)

    async def prepare():
        folder, path, text, version = await llm_command.folder_and_text(ls, uri)
        if folder.mode == "off":
            raise ValueError("postil: LLM review is off (setting postil.llm.review)")

        async def work() -> None:
            units = await asyncio.get_running_loop().run_in_executor(
                llm_review.reviews_of(ls).local, lambda: [unit_at(path, text, line + 1)] if line is not None
                else units_for_file(path, text))
            result = await llm_review.run(ls, uri, folder, units, text, version) if units else None
            ls.window_show_message(types.ShowMessageParams(type=types.MessageType.Info,
                                                           message=review_summary(path.name, result)))

        return f"reviewing {path.name}…", work

    return await llm_command.started(ls, "Review", f"reviewing {uri_to_path(uri).name}…", prepare)


def review_summary(name: str, result) -> str:
    """One line on a finished review: what it found, or why it did not finish (never "found 0"
    for a review that could not reach the provider)."""
    if result is None or not result.units:
        return f"postil: nothing to review in {name}"
    unfinished = [u for u in result.units if u.status not in ("reviewed", "cached", "skipped")]
    if unfinished:
        reason = str(result.stop) if result.stop else next((u.reason for u in unfinished if u.reason), None)
        return (f"postil: the review of {name} did not finish ({len(unfinished)} of {len(result.units)} "
                f"unit(s) not reviewed{': ' + message(reason, 300) if reason else ''})")
    found = sum(len(u.findings) for u in result.units)
    return f"postil: the review of {name} found {found} issue(s); see the diagnostics"


def _question(arg: dict) -> str:
    diagnostic = arg.get("diagnostic")
    if isinstance(diagnostic, dict) and diagnostic.get("message"):
        line = _line_of(diagnostic) if isinstance(diagnostic.get("range"), dict) else None
        where = f" at line {line + 1}" if line is not None else ""
        return (f"Explain this finding ({diagnostic.get('code') or diagnostic.get('source') or 'postil'}){where}: "
                f"{diagnostic['message']}. Why is it a problem here, and how should it be fixed?")
    rng = arg.get("range")
    if isinstance(rng, dict) and rng.get("start") != rng.get("end"):
        return f"Explain lines {rng['start']['line'] + 1}-{rng['end']['line'] + 1}: what they do and any risk in them."
    return ""


async def explain(ls, *args) -> dict:
    """``postil.explain {uri, range, diagnostic?}``: answers at once ("working…"); the
    explanation (sanitised Markdown) is written under ``.postil/explain/`` and shown as a
    document (window/showDocument), else named in window/showMessage."""
    from postil.analyzers.llm.units import unit_at

    arg = llm_command.argument(args)

    async def prepare():
        folder, path, text, _version = await llm_command.folder_and_text(ls, arg["uri"])
        unit = unit_at(path, text, (_line_of(arg) or 0) + 1)

        async def work() -> None:
            markdown = await llm_command.call(ls, lambda cancel: folder.reviewer.explain(unit, _question(arg), cancel=cancel))
            await _show(ls, folder, path, unit.start, markdown)

        return f"explaining {path.name}:{unit.start}…", work

    return await llm_command.started(ls, "Explain", f"explaining {uri_to_path(arg['uri']).name}…", prepare)


async def _show(ls, folder: llm_review.Folder, path: Path, line: int, markdown: str) -> None:
    from postil.core.atomic import write_atomic
    from postil.core.workdir import workdir

    digest = hashlib.blake2b(f"{path}:{line}".encode(), digest_size=4).hexdigest()
    try:
        target = workdir(folder.root, "explain", say=log.warning) / f"{path.stem[:80]}-{line}-{digest}.md"
        await asyncio.get_running_loop().run_in_executor(
            llm_review.reviews_of(ls).local, lambda: write_atomic(target, markdown, root=folder.root))
    except OSError as exc:  # no document to show: the explanation itself, as a message
        log.warning("cannot write the explanation under %s: %s", folder.root, exc)
        ls.window_show_message(types.ShowMessageParams(type=types.MessageType.Info, message=markdown))
        return
    caps = ls.client_capabilities.window
    if caps is not None and caps.show_document is not None and caps.show_document.support:
        with contextlib.suppress(Exception):  # refused or not answered: named in a message below
            result = await asyncio.wait_for(ls.window_show_document_async(
                types.ShowDocumentParams(uri=target.as_uri(), take_focus=False)), jobs.CLIENT_BOUND)
            if result.success:
                return
    ls.window_show_message(types.ShowMessageParams(
        type=types.MessageType.Info, message=f"postil: the explanation of {path.name}:{line} is in {target}"))


def _lines_of(arg: dict) -> frozenset[int] | None:
    """0-based lines of the diagnostic (else the range) a fix is asked for."""
    for where in (arg.get("diagnostic"), arg):
        rng = where.get("range") if isinstance(where, dict) else None
        if isinstance(rng, dict) and isinstance(rng.get("start"), dict) and isinstance(rng.get("end"), dict):
            lo, hi = int(rng["start"].get("line", 0)), int(rng["end"].get("line", 0))
            if isinstance(rng["end"].get("character"), int) and rng["end"]["character"] == 0 and hi > lo:
                hi -= 1
            return frozenset(range(lo, max(lo, hi) + 1))
    return None


def _problem(arg: dict) -> str:
    diagnostic = arg.get("diagnostic")
    if isinstance(diagnostic, dict) and diagnostic.get("message"):
        line = _line_of(diagnostic)
        return f"{diagnostic.get('code') or 'postil'} at line {(line or 0) + 1}: {diagnostic['message']}"
    line = _line_of(arg)
    return f"the problem at line {(line or 0) + 1}"


def no_fix_message(finding) -> str:
    """What the user is told when "Fix this with AI" gives no edit: the gate's reason, if any."""
    why = finding.metadata.get("fix_withheld") if finding is not None else None
    if why:
        return f"postil: the model's fix was refused: {why}"
    return "postil: the model proposed no fix that passes validation"


async def fix_with_ai(ls, *args) -> dict:
    """``postil.fixWithAI {uri, range, diagnostic?, version?}``: answers at once ("working…");
    the model's fix, once it passes validation, is applied with workspace/applyEdit (for the
    document version it was asked on: a document edited meanwhile refuses it)."""
    from postil.analyzers.findings import LineIndex
    from postil.analyzers.llm.units import unit_at

    arg = llm_command.argument(args)
    uri = arg["uri"]
    lines = _lines_of(arg)

    async def prepare():
        folder, path, text, version = await llm_command.folder_and_text(ls, uri)
        if arg.get("version") is not None and version is not None and arg["version"] != version:
            raise ValueError("postil: the file changed since this fix was offered; ask again")
        unit = unit_at(path, text, (_line_of(arg) or 0) + 1)

        async def work() -> None:
            finding = await llm_command.call(ls, lambda cancel: folder.reviewer.fix(unit, _problem(arg), cancel=cancel, lines=lines))
            if finding is None or finding.fix is None:
                ls.window_show_message(types.ShowMessageParams(type=types.MessageType.Info, message=no_fix_message(finding)))
                return
            index = LineIndex(text)
            edit = types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(
                text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
                edits=[ls.session.encoder.text_edit(index, e) for e in finding.fix.edits])])
            result = await asyncio.wait_for(ls.workspace_apply_edit_async(
                types.ApplyWorkspaceEditParams(edit=edit, label="postil: fix with AI")), jobs.CLIENT_BOUND)
            if result.applied:
                await accept(ls, {"uri": uri, "fingerprint": finding.fingerprint,
                                  "category": finding.metadata.get("category", "ai-fix")})
            else:
                ls.window_show_message(types.ShowMessageParams(
                    type=types.MessageType.Info, message=f"postil: the fix for {path.name} was not applied "
                                                         f"({result.failure_reason or 'the file changed meanwhile'})"))

        return f"asking for a fix in {path.name}…", work

    return await llm_command.started(ls, "Fix with AI", f"asking for a fix in {uri_to_path(uri).name}…", prepare)


async def dismiss(ls, *args) -> dict:
    """``postil.dismiss {uri, fingerprint, category, rule?}``: never show this finding again; it goes
    into the team's ``.postil-baseline`` too (a rule's finding, ``rule`` given: only there)."""
    arg = llm_command.argument(args)
    fingerprint, category = arg.get("fingerprint"), arg.get("category") or "other"
    if not isinstance(fingerprint, str):
        raise ValueError("postil.dismiss expects {uri, fingerprint, category}")
    if isinstance(arg.get("rule"), str) and not arg["rule"].startswith("llm/"):
        return await shared_dismissal.dismiss_rule_finding(ls, arg["uri"], fingerprint)
    reviews = await llm_review.configured(ls)
    folder = reviews.folder_for(uri_to_path(arg["uri"]))
    if folder is None or folder.reviewer is None:
        raise ValueError("postil: no LLM provider configured")
    await asyncio.get_running_loop().run_in_executor(reviews.local, folder.reviewer.feedback.dismiss,
                                                     fingerprint, category)
    doc = reviews.docs.get(arg["uri"])
    shown = next((e.finding for e in doc.entries if e.finding.fingerprint == fingerprint), None) if doc else None
    if shown is not None:  # for the team: the committed baseline every clone reads
        await asyncio.get_running_loop().run_in_executor(reviews.local, shared_dismissal.share_dismissal,
                                                         folder.reviewer.root, shown, uri_to_path(arg["uri"]))
    if doc is not None:
        doc.entries = [e for e in doc.entries if e.finding.fingerprint != fingerprint]
    llm_review.republish(ls, arg["uri"])
    return {"dismissed": fingerprint}


async def accept(ls, *args) -> dict:
    """``postil.acceptFix {uri, fingerprint, category}`` (carried by applied LLM fixes)."""
    arg = llm_command.argument(args)
    reviews = await llm_review.configured(ls)
    folder = reviews.folder_for(uri_to_path(arg["uri"]))
    if folder is None or folder.reviewer is None or not isinstance(arg.get("fingerprint"), str):
        return {"accepted": False}
    await asyncio.get_running_loop().run_in_executor(reviews.local, folder.reviewer.feedback.accept,
                                                     arg["fingerprint"], arg.get("category") or "other")
    doc = reviews.docs.get(arg["uri"])
    if doc is not None:
        doc.entries = [e for e in doc.entries if e.finding.fingerprint != arg["fingerprint"]]
    return {"accepted": True}
