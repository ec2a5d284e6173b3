"""Runs external tools through asyncio protocols for the CLI."""
import argparse
import asyncio
import logging
import os
import sys

log = logging.getLogger("async_tools")


class Collect(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.output = bytearray()

    def pipe_data_received(self, fd, data):
        self.output.extend(data)

    def process_exited(self):
        self.done.set_result(bytes(self.output))


async def run_joined():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    transport, _ = await loop.subprocess_exec(lambda: Collect(done), "bash", "-c", " ".join(sys.argv[2:]))
    out = await done
    transport.close()
    return out


async def run_hook():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    hook = os.environ.get("POST_BUILD_HOOK", "true")
    # expect: command-injection
    transport, _ = await loop.subprocess_exec(lambda: Collect(done), "sh", "-c", hook)
    await done
    transport.close()


async def git_version():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, _ = await loop.subprocess_exec(lambda: Collect(done), "git", "--version")
    out = await done
    transport.close()
    return out.decode().strip()


async def disk_usage():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, _ = await loop.subprocess_exec(lambda: Collect(done), "sh", "-c", "df -h /")
    out = await done
    transport.close()
    return out


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("tool")
    parser.add_argument("args", nargs="*")
    args = parser.parse_args()
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    transport, _ = await loop.subprocess_exec(lambda: Collect(done), args.tool, *args.args)
    sys.stdout.buffer.write(await done)
    transport.close()
    log.info("git: %s", await git_version())


if __name__ == "__main__":
    if sys.argv[1:2] == ["shell"]:
        asyncio.run(run_joined())
    else:
        asyncio.run(main())
