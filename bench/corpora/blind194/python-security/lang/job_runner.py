"""Runs build steps for the CI agent with the low-level asyncio subprocess API.

Steps come from the repository's ``.ci.yml``, which any contributor can change in a pull request.
"""
import asyncio
import logging

log = logging.getLogger(__name__)


class StepProtocol(asyncio.SubprocessProtocol):
    def __init__(self, name, done):
        self.name = name
        self.done = done
        self.output = bytearray()

    def pipe_data_received(self, fd, data):
        self.output.extend(data)

    def process_exited(self):
        self.done.set_result(True)


async def checkout(loop, workdir, ref):
    done = loop.create_future()
    transport, _ = await loop.subprocess_exec(lambda: StepProtocol("checkout", done), "git", "-C", workdir, "checkout", "--detach", ref)
    await done
    transport.close()


async def run_step(loop, step):
    done = loop.create_future()
    # expect: command-injection
    transport, proto = await loop.subprocess_exec(lambda: StepProtocol(step["name"], done), "bash", "-c", step["run"])
    await done
    transport.close()
    return bytes(proto.output)


async def run_tool(loop, step):
    done = loop.create_future()
    # expect: command-injection
    transport, proto = await loop.subprocess_exec(lambda: StepProtocol(step["name"], done), step["tool"], *step.get("args", []))
    await done
    transport.close()
    return bytes(proto.output)


async def disk_report(loop):
    done = loop.create_future()
    transport, proto = await loop.subprocess_exec(lambda: StepProtocol("df", done), "sh", "-c", "df -h / | tail -1")
    await done
    transport.close()
    return bytes(proto.output).decode()


async def run_pipeline(steps):
    loop = asyncio.get_running_loop()
    for step in steps:
        log.info("step %s", step["name"])
        if "tool" in step:
            await run_tool(loop, step)
        else:
            await run_step(loop, step)
    return await disk_report(loop)
