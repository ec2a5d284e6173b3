"""Typing in one function of an open document (issue 31, item 9): the server checks that
function again and keeps what it found in the others, moved with their lines; the status says
how many functions the last check computed."""

from __future__ import annotations

import pytest
from lsp_harness import EDITORS, change, diagnostics, open_doc, running
from lsprotocol import types

from tests.analyzers.rules.test_incremental import TAINTED_COMMAND, VIEWS

pytestmark = pytest.mark.slow  # language-server sessions


async def _units(client) -> dict:
    status = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="postil.showStatus"))
    return status["lastCheckUnits"]


def _flows(items) -> list[tuple[int, str]]:
    """(the sink's line: where the range ends, the message) of each command flow"""
    return [(d.range.end.line + 1, d.message) for d in items if d.code == TAINTED_COMMAND]


@pytest.mark.parametrize("editor", EDITORS)
async def test_typing_in_one_function_keeps_and_moves_the_others_findings(tmp_path, editor):
    (tmp_path / "views.py").write_text(VIEWS)
    async with running(tmp_path, EDITORS[editor]()) as client:
        uri = open_doc(client, tmp_path / "views.py")
        first = await diagnostics(client, uri, lambda ds: len(_flows(ds)) == 2)
        assert [line for line, _ in _flows(first)] == [15, 21]
        assert await _units(client) == {"recomputed": 4, "of": 4}
        # two lines typed into `run` (line 15 is its last): `ping`'s flow moves down by two
        change(client, uri, 2, "    print('a')\n    print('b')\n", start=(15, 0))
        moved = await diagnostics(client, uri, lambda ds: [line for line, _ in _flows(ds)] == [15, 23],
                                  "ping's flow two lines down")
        assert _flows(moved)[1][1].endswith("from line 22 (`request.args.get(\"host\", \"\")`) reaches `run` at line 23")
        assert await _units(client) == {"recomputed": 2, "of": 4}  # run, and get_cmd, which it calls
        # a flow typed into `clean` shows; taken out, it clears
        change(client, uri, 3, "    os.system(request.args['x'])\n", start=(28, 0))  # above `return name`
        added = await diagnostics(client, uri, lambda ds: len(_flows(ds)) == 3, "the flow typed into clean")
        assert [line for line, _ in _flows(added)] == [15, 23, 29]
        assert await _units(client) == {"recomputed": 1, "of": 4}
        change(client, uri, 4, "", start=(28, 0), end=(29, 0))
        await diagnostics(client, uri, lambda ds: len(_flows(ds)) == 2, "the typed flow gone")
