"""Runs repository hooks from the deploy agent's command line."""
import argparse
import asyncio
import logging
import os
import sys

log = logging.getLogger("hooks")


class HookProtocol(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.output = bytearray()

    def pipe_data_received(self, fd, data):
        self.output.extend(data)

    def process_exited(self):
        self.done.set_result(bytes(self.output))


async def run_inline():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    await loop.subprocess_exec(lambda: HookProtocol(done), "bash", "-c", " ".join(sys.argv[2:]))
    return await done


async def run_env_hook():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    hook = os.environ.get("POST_DEPLOY_HOOK", "true")
    # expect: command-injection
    await loop.subprocess_exec(lambda: HookProtocol(done), "sh", "-c", hook)
    return await done


async def run_named(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--shell-snippet", required=True)
    args = parser.parse_args(argv)
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    await loop.subprocess_exec(lambda: HookProtocol(done), "/bin/sh", "-c", args.shell_snippet)
    return await done


async def run_version():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    await loop.subprocess_exec(lambda: HookProtocol(done), "git", "--version")
    return await done


async def run_disk_check():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    await loop.subprocess_exec(lambda: HookProtocol(done), "sh", "-c", "df -h /")
    return await done


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "version"
    coro = {"inline": run_inline, "env": run_env_hook, "disk": run_disk_check}.get(mode, run_version)()
    log.info("%s", asyncio.run(coro))
