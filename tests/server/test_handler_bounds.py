"""Nothing in the editor waits forever (issue 37): every handler the server registers answers
within its bound while the LLM provider never answers; Explain against a slow provider answers
at once and delivers its document later; a provider's failure reads as one plain sentence."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import attrs
import pytest
from lsp_harness import capabilities, diagnostics, open_doc, running, wait_for
from lsprotocol import types
from pygls.protocol import default_converter

from postil.server import app, lifecycle

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analyzers" / "llm"))
from fake_provider import Reply
from test_cancel_storm import stop_if_wedged
from test_server_llm import NO_INDEX, project

pytestmark = pytest.mark.slow  # language-server sessions

CODE = "def total(items):\n    result = 0\n    if items == None:\n        return result\n    return sum(items)\n"
SLACK = 10.0  # seconds beyond a handler's own bound (a loaded 2-core machine)
_converter = default_converter()
PYTHON_TRACES = ("Traceback", "Error:", "Exception", "postil.analyzers", 'File "')


def registered() -> tuple[set[str], set[str], set[str]]:
    """(requests, notifications, commands) the server handles, read from pygls's registry
    (pull diagnostics included: registered during `initialize` for clients that can re-pull)."""
    server = app.create_server()
    lifecycle.offer_pull_diagnostics(server)
    fm = server.protocol.fm
    requests, notifications = set(), set()
    for method in fm.features:
        message_type = types.METHOD_TO_TYPES[method][0]
        (requests if "id" in attrs.fields_dict(message_type) else notifications).add(method)
    return requests, notifications, set(fm.commands)


def command(name: str, *arguments) -> tuple[str, object]:
    return types.WORKSPACE_EXECUTE_COMMAND, types.ExecuteCommandParams(command=name, arguments=list(arguments) or None)


def examples(uri: str, d: types.Diagnostic) -> dict[str, tuple[str, object]]:
    """One request for every request method and every command (by method / command name)."""
    doc = types.TextDocumentIdentifier(uri=uri)
    where = {"uri": uri, "range": _converter.unstructure(d.range), "diagnostic": _converter.unstructure(d)}
    feedback = {"uri": uri, "fingerprint": "f" * 20, "category": "bug"}
    return {
        types.TEXT_DOCUMENT_HOVER: (types.TEXT_DOCUMENT_HOVER, types.HoverParams(text_document=doc, position=d.range.start)),
        types.TEXT_DOCUMENT_CODE_ACTION: (types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionParams(
            text_document=doc, range=d.range, context=types.CodeActionContext(diagnostics=[d]))),
        types.CODE_ACTION_RESOLVE: (types.CODE_ACTION_RESOLVE, types.CodeAction(
            title="postil: fix all auto-fixable problems", kind="source.fixAll.postil", data={"uri": uri, "version": 1})),
        types.TEXT_DOCUMENT_DIAGNOSTIC: (types.TEXT_DOCUMENT_DIAGNOSTIC, types.DocumentDiagnosticParams(text_document=doc)),
        "postil.checkWorkspace": command("postil.checkWorkspace"),
        "postil.applyFixes": command("postil.applyFixes", uri),
        "postil.showStatus": command("postil.showStatus"),
        "postil.reindex": command("postil.reindex"),
        "postil.reviewFile": command("postil.reviewFile", {"uri": uri}),
        "postil.explain": command("postil.explain", where),
        "postil.fixWithAI": command("postil.fixWithAI", where),
        "postil.dismiss": command("postil.dismiss", feedback),
        "postil.acceptFix": command("postil.acceptFix", feedback),
        "postil.learnRule": command("postil.learnRule", feedback),
    }


LIFECYCLE = {types.INITIALIZE, types.SHUTDOWN}  # answered by the harness itself, first and last


def is_plain(text: str) -> bool:
    return not any(trace in text for trace in PYTHON_TRACES)


async def outcome(future, bound: float) -> str:
    """"answered" / "error: <message>" / "no answer" within ``bound`` seconds."""
    try:
        await asyncio.wait_for(asyncio.shield(future), bound)
    except TimeoutError:
        return "no answer"
    except Exception as exc:  # noqa: BLE001 - an error answer is an answer; its text is checked
        return f"error: {exc}"
    return "answered"


async def test_every_handler_answers_within_its_bound_while_the_provider_never_answers(tmp_path, fake):
    requests, _notifications, commands = registered()
    path = project(tmp_path, fake)
    path.write_text(CODE)
    fake.responder = lambda body: Reply(hang=True)
    async with running(tmp_path, capabilities("visual-studio-code", pull=True, refresh=True),
                       init_options=NO_INDEX) as client:
        uri = open_doc(client, path, CODE)
        [d] = await diagnostics(client, uri, lambda ds: len(ds) == 1)
        asked = examples(uri, d)
        assert requests - LIFECYCLE - {types.WORKSPACE_EXECUTE_COMMAND} <= set(asked), "a request handler without an example"
        assert commands <= set(asked), "a command without an example"
        # the model work first: it wedges on the provider, and nothing else may wait behind it
        wedging = ["postil.explain", "postil.fixWithAI", "postil.reviewFile"]
        order = wedging + [name for name in asked if name not in wedging]
        futures = {name: client.protocol.send_request_async(*asked[name]) for name in order}
        bounds = {name: app.WORKSPACE_CHECK_BOUND if name == "postil.checkWorkspace" else app.REQUEST_BOUND
                  for name in order}
        answers = await asyncio.gather(*(outcome(futures[name], bounds[name] + SLACK) for name in order))
        results = dict(zip(order, answers, strict=True))
        late = [name for name, result in results.items() if result == "no answer"]
        stop_if_wedged(client, late)
        assert late == []
        assert [result for result in results.values() if not is_plain(result)] == []
        # and once more, with the model work still wedged: answered
        assert await outcome(client.protocol.send_request_async(*asked["postil.showStatus"]), app.REQUEST_BOUND) == "answered"


async def test_explain_against_a_slow_provider_answers_at_once_and_shows_the_document_later(tmp_path, fake):
    path = project(tmp_path, fake)
    path.write_text(CODE)
    fake.script.append(Reply(payload={"markdown": "## total\nAdds up <b>items</b>."}, hold=True))
    async with running(tmp_path, capabilities("visual-studio-code"), init_options=NO_INDEX) as client:
        uri = open_doc(client, path, CODE)
        [d] = await diagnostics(client, uri, lambda ds: len(ds) == 1)
        method, params = examples(uri, d)["postil.explain"]
        answer = await asyncio.wait_for(client.protocol.send_request_async(method, params), 10)  # the model still holds
        assert answer["working"] is True and "explaining" in answer["message"]
        assert client.record.shown_documents == []
        fake.release.set()  # the model answers now
        [shown] = await wait_for(client, lambda: client.record.shown_documents, "the explanation shown")
        markdown = Path(shown.uri.removeprefix("file://")).read_text()
        assert markdown.startswith("## total") and "<b>" not in markdown  # the sanitised Markdown
        def ended():
            return [r[-1].kind for t, r in client.progress_reports.items() if str(t).startswith("postil-explain")] == ["end"]

        await wait_for(client, ended, "the progress of the explanation ended")


TOO_LONG = ("This model's maximum context length is 300 tokens. However, you requested 3100 tokens "
            "(2076 in the messages, 1024 in the completion). Please reduce the length of the messages or completion.")


@pytest.mark.parametrize("reply, says", [(Reply(status=500), "HTTP 500"),
                                         (Reply(status=400, error=TOO_LONG), "context window")],
                         ids=["http-500", "context-length"])
async def test_a_provider_failure_is_one_plain_line(tmp_path, fake, reply, says):
    path = project(tmp_path, fake, "retries = 0\n")
    path.write_text(CODE)
    fake.responder = lambda body: reply
    caps = capabilities("emacs")  # eglot: waits for executeCommand, shows every message as it is
    async with running(tmp_path, caps, init_options=NO_INDEX) as client:
        uri = open_doc(client, path, CODE)
        [d] = await diagnostics(client, uri, lambda ds: len(ds) == 1)
        for name in ("postil.explain", "postil.fixWithAI"):
            before = len(client.messages)
            answer = await asyncio.wait_for(client.protocol.send_request_async(*examples(uri, d)[name]), 10)
            assert answer["working"] is True
            [said] = await wait_for(client, lambda before=before: [m.message for m in client.messages[before:]
                                                                   if m.type == types.MessageType.Error],
                                    f"{name}'s failure")
            assert says in said and "\n" not in said and is_plain(said), said


async def test_a_review_that_cannot_reach_the_provider_never_says_it_found_nothing(tmp_path, fake):
    path = project(tmp_path, fake, "retries = 0\n")
    path.write_text(CODE)
    fake.stop()  # the provider is down: nothing listens on its port
    async with running(tmp_path, capabilities("neovim"), init_options=NO_INDEX) as client:
        uri = open_doc(client, path, CODE)
        await diagnostics(client, uri, lambda ds: len(ds) == 1)
        answer = await asyncio.wait_for(client.protocol.send_request_async(*command("postil.reviewFile", {"uri": uri})), 10)
        assert answer["working"] is True
        [summary] = await wait_for(client, lambda: [m.message for m in client.messages if "review of" in m.message],
                                   "the review's summary")
        assert "did not finish" in summary and "found 0" not in summary and is_plain(summary), summary
