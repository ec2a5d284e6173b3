"""Runs build steps for the CI agent with asyncio subprocess protocols."""
import asyncio
import os
import shlex
import sys


class StepProtocol(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.output = bytearray()

    def pipe_data_received(self, fd, data):
        self.output.extend(data)

    def process_exited(self):
        self.done.set_result(bytes(self.output))


async def _run(*argv):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, _ = await loop.subprocess_exec(lambda: StepProtocol(done), *argv)
    try:
        return await done
    finally:
        transport.close()


async def checkout(workdir):
    # branch names come from whoever opened the pull request
    branch = os.environ["CI_SOURCE_BRANCH"]
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    transport, _ = await loop.subprocess_exec(lambda: StepProtocol(done), "sh", "-c", f"cd {workdir} && git checkout {branch}")
    await done
    transport.close()


async def run_user_step(step):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    title = os.environ.get("CI_COMMIT_TITLE", "")
    # expect: command-injection
    transport, _ = await loop.subprocess_exec(lambda: StepProtocol(done), "bash", "-c", "make " + step + " RELEASE_NOTE='" + title + "'")
    await done
    transport.close()


async def safe_checkout(workdir):
    branch = os.environ["CI_SOURCE_BRANCH"]
    return await _run("git", "-C", workdir, "checkout", f"refs/remotes/origin/{branch}")


async def quoted_tag(workdir):
    tag = shlex.quote(os.environ.get("CI_TAG", "latest"))
    return await _run("sh", "-c", f"cd {shlex.quote(workdir)} && git tag --list {tag}")


async def version():
    return await _run("git", "--version")


if __name__ == "__main__":
    asyncio.run(checkout(sys.argv[1]))
