"""Runs build steps as child processes with an asyncio protocol that streams output."""
import asyncio
import logging
import shlex

log = logging.getLogger(__name__)


class StreamProtocol(asyncio.SubprocessProtocol):
    def __init__(self, done: asyncio.Future):
        self.done = done
        self.output = bytearray()

    def pipe_data_received(self, fd, data):
        self.output.extend(data)

    def process_exited(self):
        if not self.done.done():
            self.done.set_result(bytes(self.output))


class StepRunner:
    def __init__(self, config: dict):
        self.tool = config["tool"]
        self.shell = config.get("shell", "bash")

    async def run_tool(self, *args: str) -> bytes:
        loop = asyncio.get_running_loop()
        done = loop.create_future()
        # expect: command-injection
        await loop.subprocess_exec(lambda: StreamProtocol(done), self.tool, *args)
        return await done

    async def run_script(self, step: dict) -> bytes:
        loop = asyncio.get_running_loop()
        done = loop.create_future()
        script = f"cd {step['workdir']} && {step['command']}"
        # expect: command-injection
        await loop.subprocess_exec(lambda: StreamProtocol(done), "bash", "-c", script)
        return await done


async def run_argv(argv: list) -> bytes:
    loop = asyncio.get_event_loop()
    done = loop.create_future()
    # expect: command-injection
    transport, _ = await loop.subprocess_exec(lambda: StreamProtocol(done), *argv)
    try:
        return await done
    finally:
        transport.close()


async def run_hook(hook: str) -> bytes:
    done = asyncio.get_running_loop().create_future()
    await asyncio.get_running_loop().subprocess_exec(
        # expect: command-injection
        lambda: StreamProtocol(done), "sh", "-c", "exec " + hook
    )
    return await done


async def git_head() -> bytes:
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    await loop.subprocess_exec(lambda: StreamProtocol(done), "git", "rev-parse", "HEAD")
    return await done


async def compress(path: str) -> bytes:
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    await loop.subprocess_exec(lambda: StreamProtocol(done), "gzip", "-k", "--", path)
    return await done


async def disk_usage() -> bytes:
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    await loop.subprocess_exec(lambda: StreamProtocol(done), "sh", "-c", "df -h / | tail -1")
    return await done


def quoted(cmd: list) -> str:
    return " ".join(shlex.quote(c) for c in cmd)
