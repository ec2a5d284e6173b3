"""Async sync agent: mirrors a project tree to a remote host."""
import argparse
import asyncio
import getopt
import os
import shlex
import sys


class SyncProtocol(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.output = bytearray()

    def pipe_data_received(self, fd, data):
        self.output.extend(data)

    def process_exited(self):
        self.done.set_result(bytes(self.output))


RSYNC = os.environ.get("SYNC_RSYNC_BIN", "rsync")
PRE_HOOK = os.getenv("SYNC_PRE_HOOK")


async def run_rsync(src, dst):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    await loop.subprocess_exec(lambda: SyncProtocol(done), RSYNC, "-az", "--delete", src, dst)
    return await done


async def run_hook(loop):
    if not PRE_HOOK:
        return b""
    done = loop.create_future()
    # expect: command-injection
    transport, _ = await loop.subprocess_exec(lambda: SyncProtocol(done), "sh", "-c", PRE_HOOK)
    out = await done
    transport.close()
    return out


async def notify(loop, message):
    done = loop.create_future()
    await loop.subprocess_exec(lambda: SyncProtocol(done), "logger", "-t", "sync-agent", "--", message)
    return await done


async def quoted_cleanup(loop, target):
    done = loop.create_future()
    await loop.subprocess_exec(lambda: SyncProtocol(done), "sh", "-c", "rm -rf -- " + shlex.quote(target) + "/.tmp")
    return await done


async def main():
    parser = argparse.ArgumentParser(description="mirror a tree")
    parser.add_argument("src")
    parser.add_argument("dst")
    parser.add_argument("--post", default="")
    args = parser.parse_args()
    loop = asyncio.get_running_loop()
    await run_hook(loop)
    await run_rsync(args.src, args.dst)
    if args.post:
        done = loop.create_future()
        # expect: command-injection
        await loop.subprocess_exec(lambda: SyncProtocol(done), "/bin/bash", "-c", args.post)
        await done
    await notify(loop, "synced " + args.dst)


async def legacy_main():
    opts, rest = getopt.getopt(sys.argv[1:], "x:", ["exec="])
    loop = asyncio.get_running_loop()
    for opt, value in opts:
        if opt in ("-x", "--exec"):
            done = loop.create_future()
            # expect: command-injection
            await loop.subprocess_exec(lambda: SyncProtocol(done), *shlex.split(value))
            await done


if __name__ == "__main__":
    asyncio.run(main())
