"""Runs build steps through the loop's low-level subprocess API."""
import asyncio
import shlex


class StepProtocol(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.output = bytearray()

    def pipe_data_received(self, fd, data):
        self.output.extend(data)

    def process_exited(self):
        self.done.set_result(bytes(self.output))


async def run_tool(program, *argv):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    transport, _ = await loop.subprocess_exec(lambda: StepProtocol(done), program, *argv)
    try:
        return await done
    finally:
        transport.close()


async def run_script(script_text):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    transport, _ = await loop.subprocess_exec(lambda: StepProtocol(done), "bash", "-c", script_text)
    return await done


class Archiver:
    def __init__(self, loop, dest):
        self.loop = loop
        self.dest = dest

    async def pack(self, src_dir):
        done = self.loop.create_future()
        await self.loop.subprocess_exec(
            lambda: StepProtocol(done),
            "/bin/sh",
            "-c",
            # expect: command-injection
            f"tar czf {self.dest} {src_dir}",
        )
        return await done


async def git_status():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    await loop.subprocess_exec(lambda: StepProtocol(done), "git", "status", "--short")
    return await done


async def uptime():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    await loop.subprocess_exec(lambda: StepProtocol(done), "sh", "-c", "uptime")
    return await done


def describe(argv):
    return " ".join(shlex.quote(a) for a in argv)
