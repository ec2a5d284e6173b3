"""A handler that hands request data to its own file's helper, which passes it on to a function of
another module, feeds that function (issue 31): Chia's daemon reads a websocket message in
`incoming_connection`, calls `self.handle_message(message)`, and that method passes
`message.get("data")` to `start_plotting` of `daemon/plotting.py`, which builds a shell command from
it. The callers' side saw only the helper's own parameter there, so the command was never reported;
a helper whose callers hand it only constants feeds nothing."""

from __future__ import annotations

from pathlib import Path

# (the real CLI over files written to a directory, whole lines: a flow's sink line is in its message)
from tests.analyzers.rules.test_taint_request_state_python import _findings, _write

SERVER = '''import json

from aiohttp import web

from daemon.plotting import plot, report


class Server:
    async def connection(self, request):
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        async for msg in ws:
            await self.dispatch(json.loads(msg.data))
        return ws

    async def dispatch(self, message):
        if message.get("command") == "plot":
            return await plot(message.get("data"))
        return None

    async def nightly(self):
        return await self.summary("daily")

    async def summary(self, period):
        return await report(period)
'''

PLOTTING = '''import asyncio


async def plot(data):
    return await asyncio.create_subprocess_shell(f"plotter -d {data['dir']}")


async def report(period):
    return await asyncio.create_subprocess_shell(f"report --period {period}")
'''


def test_data_a_handler_hands_its_helper_reaches_the_module_the_helper_calls(tmp_path: Path):
    _write(tmp_path, {"daemon/__init__.py": "", "daemon/server.py": SERVER, "daemon/plotting.py": PLOTTING})
    found = [line for line in _findings(tmp_path) if " error " in line]
    # the plot command is built from the client's message; the report's period is a constant
    assert len(found) == 1, found
    assert "daemon/plotting.py:5:" in found[0] and "tainted-command" in found[0], found
