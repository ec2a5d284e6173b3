"""Starts the worker binary named on the command line."""
import asyncio
import os
import sys


async def launch():
    loop = asyncio.get_running_loop()
    # expect: command-injection
    transport, _ = await loop.subprocess_exec(asyncio.SubprocessProtocol, sys.argv[1], "--serve")
    return transport


async def launch_from_env():
    loop = asyncio.get_running_loop()
    hook = os.environ.get("PRE_START_HOOK", "true")
    # expect: command-injection
    await loop.subprocess_exec(asyncio.SubprocessProtocol, "bash", "-c", hook)


async def launch_default():
    loop = asyncio.get_running_loop()
    await loop.subprocess_exec(asyncio.SubprocessProtocol, "/usr/local/bin/worker", "--serve")


if __name__ == "__main__":
    asyncio.run(launch())
