"""Transcode and archive jobs run from the media worker."""
import asyncio
import shlex


class LineProtocol(asyncio.SubprocessProtocol):
    def __init__(self, queue):
        self.queue = queue

    def pipe_data_received(self, fd, data):
        self.queue.put_nowait(data)


class Transcoder:
    def __init__(self, binary, loop=None):
        self.binary = binary
        self.loop = loop or asyncio.get_event_loop()

    async def transcode(self, src, dst):
        queue = asyncio.Queue()
        # expect: command-injection
        transport, _ = await self.loop.subprocess_exec(lambda: LineProtocol(queue), self.binary, "-i", src, dst)
        return transport

    async def archive(self, folder, archive):
        queue = asyncio.Queue()
        # expect: command-injection
        transport, _ = await self.loop.subprocess_exec(
            lambda: LineProtocol(queue),
            "/bin/sh", "-c", "tar czf " + archive + " " + folder,
        )
        return transport


async def run_hook(job):
    loop = asyncio.get_running_loop()
    command = f"notify-send '{job['title']}' && {job['on_done']}"
    # expect: command-injection
    transport, proto = await loop.subprocess_exec(asyncio.SubprocessProtocol, "bash", "-c", command)
    return transport.get_pid()


async def run_task(task):
    argv = [task.program, *task.args]
    # expect: command-injection
    transport, _ = await asyncio.get_running_loop().subprocess_exec(asyncio.SubprocessProtocol, *argv)
    return transport


async def checksum(path):
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    transport, _ = await loop.subprocess_exec(lambda: LineProtocol(queue), "sha256sum", "--", path)
    return transport


async def uptime():
    loop = asyncio.get_running_loop()
    transport, _ = await loop.subprocess_exec(asyncio.SubprocessProtocol, "bash", "-c", "uptime")
    return transport


async def archive_quoted(folder):
    loop = asyncio.get_running_loop()
    script = "tar czf /tmp/out.tgz " + shlex.quote(folder)
    transport, _ = await loop.subprocess_exec(asyncio.SubprocessProtocol, "sh", "-c", script)
    return transport
