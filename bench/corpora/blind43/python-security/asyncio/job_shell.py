"""Runs configured shell jobs from a job queue."""
import asyncio


class JobRunner:
    def __init__(self, loop, protocol_factory):
        self.loop = loop
        self.protocol_factory = protocol_factory

    async def run(self, job):
        # expect: command-injection
        transport, _ = await self.loop.subprocess_shell(self.protocol_factory, job["command"])
        return transport


async def archive(directory):
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell("tar czf /tmp/out.tgz " + directory)
    return await proc.wait()


async def convert(fmt, path):
    cmd = "pandoc -t {} {}".format(fmt, path)
    # expect: command-injection
    proc = await asyncio.subprocess.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)
    return (await proc.communicate())[0]


async def gather_all(paths):
    # expect: command-injection
    procs = [await asyncio.create_subprocess_shell(f"wc -l {p}") for p in paths]
    return [await p.wait() for p in procs]


async def uptime():
    proc = await asyncio.create_subprocess_shell("uptime", stdout=asyncio.subprocess.PIPE)
    return (await proc.communicate())[0]


async def archive_safe(directory):
    proc = await asyncio.create_subprocess_exec("tar", "czf", "/tmp/out.tgz", "--", directory)
    return await proc.wait()
