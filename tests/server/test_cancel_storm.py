"""No request waits on another (issue 37): with an LLM provider configured, a request cancelled
at any point — before the server has loaded its LLM settings included — releases whatever it
held, and every later request of every kind is answered."""

from __future__ import annotations

import asyncio
import random
import sys
from pathlib import Path

from lsp_harness import capabilities, diagnostics, open_doc, running, wait_for
from lsprotocol import types
from pygls.protocol import default_converter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analyzers" / "llm"))
import pytest
from fake_provider import Reply
from test_server_llm import NO_INDEX, project

pytestmark = pytest.mark.slow  # language-server sessions

CODE = "def total(items):\n    result = 0\n    if items == None:\n        return result\n    return sum(items)\n"
# A wedged request is answered only by the server's own REQUEST_BOUND (15 s: "did not finish in
# time") or never; a request that was not wedged gets its real answer. The two are told apart by
# what comes back, not by how soon, so the bound below only catches "never": it holds at 10x load
# (5 s did not: the LLM settings took longer to load there).
ANSWER_BOUND = 60.0
WEDGED = "did not finish in time"
_converter = default_converter()


def vscode():
    """The capabilities VS Code sends in its own `initialize` (pull diagnostics, resolve, progress)."""
    return capabilities("visual-studio-code")


def requests(uri: str, diagnostic: types.Diagnostic | None) -> dict[str, tuple[str, object]]:
    """One request of every kind an editor sends while the cursor moves, by name: (method, params)."""
    doc = types.TextDocumentIdentifier(uri=uri)
    rng = diagnostic.range if diagnostic else types.Range(start=types.Position(2, 4), end=types.Position(2, 4))
    context = types.CodeActionContext(diagnostics=[diagnostic] if diagnostic else [])
    where = {"uri": uri, "range": _converter.unstructure(rng)}
    return {
        "codeAction": (types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionParams(text_document=doc, range=rng, context=context)),
        "hover": (types.TEXT_DOCUMENT_HOVER, types.HoverParams(text_document=doc, position=rng.start)),
        "resolve": (types.CODE_ACTION_RESOLVE, types.CodeAction(
            title="postil: fix all auto-fixable problems", kind="source.fixAll.postil", data={"uri": uri, "version": 1})),
        "diagnostic": (types.TEXT_DOCUMENT_DIAGNOSTIC, types.DocumentDiagnosticParams(text_document=doc)),
        "explain": (types.WORKSPACE_EXECUTE_COMMAND, types.ExecuteCommandParams(command="postil.explain", arguments=[where])),
        "showStatus": (types.WORKSPACE_EXECUTE_COMMAND, types.ExecuteCommandParams(command="postil.showStatus")),
    }


def send(client, method: str, params) -> tuple[str, asyncio.Future]:
    msg_id = f"storm-{random.getrandbits(64):x}"
    return msg_id, asyncio.wrap_future(client.protocol.send_request(method, params, msg_id=msg_id))


def cancel(client, msg_id: str) -> None:
    client.protocol.notify(types.CANCEL_REQUEST, types.CancelParams(id=msg_id))


async def answered(future: asyncio.Future, bound: float = ANSWER_BOUND) -> bool:
    """Whether the request got its own answer (a result, or an error other than the server's
    "did not finish in time" for a handler that waited out its bound) within ``bound`` seconds."""
    try:
        await asyncio.wait_for(asyncio.shield(future), bound)
    except TimeoutError:
        return False
    except Exception as exc:  # noqa: BLE001 - an error answer is an answer, unless it is the wedge's
        return WEDGED not in str(exc)
    return True


def stop_if_wedged(client, late: list) -> None:
    """A server that leaves requests unanswered may not leave on `exit` either: kill it, so the test
    fails on its assertion instead of hanging in the session's end."""
    if late:
        client._server.kill()


async def test_a_code_action_cancelled_before_the_llm_settings_are_loaded_hangs_nothing(tmp_path, fake):
    path = project(tmp_path, fake)
    path.write_text(CODE)
    fake.responder = lambda body: Reply(payload={"markdown": "An explanation."})
    async with running(tmp_path, vscode(), init_options=NO_INDEX) as client:
        uri = open_doc(client, path, CODE)
        # The light bulb asks at once (the server is still loading) and cancels as the cursor moves on.
        msg_id, first = send(client, *requests(uri, None)["codeAction"])
        cancel(client, msg_id)
        await answered(first, 30)
        [d] = await diagnostics(client, uri, lambda ds: len(ds) == 1)
        later = {name: send(client, method, params)[1] for name, (method, params) in requests(uri, d).items()}
        late = [name for name, future in later.items() if not await answered(future)]
        stop_if_wedged(client, late)
        assert late == []
        actions = later["codeAction"].result()
        assert any(a.title.endswith("ignore on this line") for a in actions)  # the rule's quick fixes are there
        assert any(a.title.endswith("Explain this") for a in actions)  # and the provider's


async def test_a_cancel_storm_leaves_every_later_request_answered(tmp_path, fake):
    """Every request kind cancelled at random points (seeded), from the first moment on; then each
    kind is asked again and answered within the bound."""
    rng = random.Random(37)
    path = project(tmp_path, fake)
    path.write_text(CODE)
    fake.responder = lambda body: Reply(payload={"markdown": "An explanation."})
    async with running(tmp_path, vscode(), init_options=NO_INDEX) as client:
        uri = open_doc(client, path, CODE)
        storm: list[asyncio.Future] = []
        diagnostic = None
        for round_ in range(8):
            kinds = list(requests(uri, diagnostic).items())
            rng.shuffle(kinds)
            for _name, (method, params) in kinds:
                msg_id, future = send(client, method, params)
                storm.append(future)
                pause = rng.choice([0, 0, 0.001, 0.01, 0.05])
                if pause:
                    await asyncio.wait({future}, timeout=pause)  # cancelled at a random point of its handling
                cancel(client, msg_id)
            if diagnostic is None and round_ >= 2:
                [diagnostic] = await diagnostics(client, uri, lambda ds: len(ds) == 1)
        # the storm's own requests were all answered (a result, or "cancelled")
        assert [await answered(f) for f in storm].count(False) == 0
        await wait_for(client, lambda: client.record.statuses and client.record.statuses[-1]["llm"]["state"] == "ready",
                       "the LLM settings loaded")
        loop = asyncio.get_running_loop()
        for _ in range(3):
            asked = loop.time()
            later = {name: send(client, method, params)[1] for name, (method, params) in requests(uri, diagnostic).items()}
            late = [name for name, future in later.items() if not await answered(future)]
            stop_if_wedged(client, late)
            assert late == []
            print(f"after the storm, every kind answered within {loop.time() - asked:.3f} s")  # the figure, not a bound
