"""``postil.learnRule {uri, fingerprint, category}``, the "Make this a rule" code action on a model
finding: the model proposes an ast-grep rule (``postil.learn``), vetted before anything is
shown; the user sees every match and picks Save or Edit. A rule matching more than a handful
of places is only offered as a draft to edit; a refused rule is named with the reason."""

from __future__ import annotations

import asyncio

from lsprotocol import types

from postil.server import jobs, llm_command, llm_review
from postil.server.configuration import reload

SAVE, EDIT = "Save the rule", "Edit it first"
MATCHES_SHOWN = 10


async def learn_rule(ls, *args) -> dict:
    arg = llm_command.argument(args)
    fingerprint = arg.get("fingerprint")
    if not isinstance(fingerprint, str):
        raise ValueError("postil.learnRule expects {uri, fingerprint, category}")
    folder, path, _text, _version = await llm_command.folder_and_text(ls, arg["uri"])
    reviewer = folder.reviewer
    local = llm_review.reviews_of(ls).local
    loop = asyncio.get_running_loop()
    shown = await loop.run_in_executor(local, reviewer.shown.get, fingerprint)
    if shown is None:
        raise ValueError("postil: this finding is no longer known; review the file again")

    def say(message: str, kind=types.MessageType.Info) -> None:
        ls.window_show_message(types.ShowMessageParams(type=kind, message=message))

    async def work() -> None:
        from postil.config import load_config
        from postil.learn import LearnRefused, propose, rule_directory, save, save_draft

        loaded = await loop.run_in_executor(local, load_config, folder.root)
        try:
            # (its searches in the check process, as the reviewer's: a search stuck on a workspace file is stopped)
            proposal = await llm_command.call(ls, lambda cancel: propose(folder.root, loaded, shown, reviewer,
                                                                       cancel=cancel, rules=reviewer.rules))
        except LearnRefused as exc:
            say(f"postil: no rule: {exc}", types.MessageType.Warning)
            return
        matches = [str(m) for m in proposal.verdict.matches]
        listed = ", ".join(matches[:MATCHES_SHOWN]) + (f" and {len(matches) - MATCHES_SHOWN} more"
                                                       if len(matches) > MATCHES_SHOWN else "")
        choice = None
        if proposal.needs_editing is None:
            choice = await _ask(ls, f"postil: rule {proposal.rule_id} matches {len(matches)} place(s): {listed}. "
                                    "Save it with its tests?")
        if choice != SAVE:
            draft = await loop.run_in_executor(local, save_draft, proposal, folder.root)
            why = proposal.needs_editing or "you chose to edit it"
            say(f"postil: rule {proposal.rule_id} not saved ({why}; matches: {listed}). Edit {draft}, then run "
                f"`postil rules learn {fingerprint} --rule-file {draft}`")
            await _show(ls, draft.as_uri())
            return
        directory, configured = rule_directory(loaded, folder.root)
        rule_file, _tests = await loop.run_in_executor(local, save, proposal, directory, folder.root)
        await loop.run_in_executor(local, reviewer.feedback.learned, shown.category)
        say(f"postil: saved rule {proposal.rule_id} in {rule_file} with its tests"
            + ("" if configured else f"; add rule-dirs = [\"{directory.name}\"] to your config so it runs"))
        reload(ls, f"learned rule {rule_file}")

    return jobs.start(ls, "Make this a rule", f"asking for a rule from {path.name}…", work)


async def _ask(ls, message: str) -> str | None:
    """The user's pick of Save / Edit (None when the client cannot ask or did not answer)."""
    try:
        picked = await asyncio.wait_for(ls.window_show_message_request_async(types.ShowMessageRequestParams(
            type=types.MessageType.Info, message=message,
            actions=[types.MessageActionItem(title=SAVE), types.MessageActionItem(title=EDIT)])), jobs.CLIENT_BOUND)
    except Exception:  # noqa: BLE001 - no answer: the rule is offered as a draft, never saved
        return None
    return picked.title if picked is not None else None


async def _show(ls, uri: str) -> None:
    caps = ls.client_capabilities.window
    if caps is not None and caps.show_document is not None and caps.show_document.support:
        try:
            await asyncio.wait_for(ls.window_show_document_async(
                types.ShowDocumentParams(uri=uri, take_focus=True)), jobs.CLIENT_BOUND)
        except Exception:  # noqa: BLE001 - the message above names the draft
            pass
