"""Streams output of long-running tools back over a websocket."""
import asyncio

from .config import settings


class LineProtocol(asyncio.SubprocessProtocol):
    def __init__(self, sink):
        self.sink = sink

    def pipe_data_received(self, fd, data):
        self.sink(data)


async def run_configured(sink):
    loop = asyncio.get_running_loop()
    cmd = settings.TOOL_COMMAND.split()
    # expect: command-injection
    transport, _ = await loop.subprocess_exec(lambda: LineProtocol(sink), *cmd)
    return transport


class ScriptStreamer:
    def __init__(self, loop, sink):
        self._loop = loop
        self.sink = sink

    async def run(self, script):
        # expect: command-injection
        return await self._loop.subprocess_exec(lambda: LineProtocol(self.sink), "bash", "-c", script)

    async def convert(self, tool_path, source):
        # expect: command-injection
        return await self._loop.subprocess_exec(
            lambda: LineProtocol(self.sink),
            tool_path,
            "--input",
            source,
        )


async def uptime(sink):
    loop = asyncio.get_running_loop()
    transport, _ = await loop.subprocess_exec(lambda: LineProtocol(sink), "uptime")
    return transport


async def limits(sink):
    loop = asyncio.get_running_loop()
    return await loop.subprocess_exec(lambda: LineProtocol(sink), "sh", "-c", "ulimit -a")
