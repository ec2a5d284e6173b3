"""Async build farm worker: runs build steps as child processes."""
import asyncio
import json
import shlex


class StepProtocol(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.output = bytearray()

    def pipe_data_received(self, fd, data):
        self.output.extend(data)

    def process_exited(self):
        self.done.set_result(bytes(self.output))


async def run_step(step):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    await loop.subprocess_exec(lambda: StepProtocol(done), *shlex.split(step["command"]))
    return await done


async def run_script(script_text):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    await loop.subprocess_exec(lambda: StepProtocol(done), "bash", "-c", script_text)
    return await done


class Runner:
    def __init__(self, loop, toolchain):
        self.loop = loop
        self.toolchain = toolchain

    async def compile(self, target, done):
        # expect: command-injection
        return await self.loop.subprocess_exec(lambda: StepProtocol(done), self.toolchain, target)


async def job_from_queue(message: bytes):
    job = json.loads(message)
    return await run_step(job)


async def version(loop, done):
    return await loop.subprocess_exec(lambda: StepProtocol(done), "git", "--version")


async def cleanup(loop, done):
    return await loop.subprocess_exec(lambda: StepProtocol(done), "make", "clean")
