"""Command-line backup tool: archives a directory and runs an optional hook."""
import argparse
import asyncio
import asyncio.subprocess
import getopt
import os
import sys


async def archive():
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("sh", "-c", f"tar czf {sys.argv[2]} {sys.argv[1]}")
    return await proc.wait()


async def run_hook(target):
    hook = os.environ.get("BACKUP_HOOK", "/usr/local/bin/backup-hook")
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec(hook, target)
    return await proc.wait()


async def post_backup():
    parser = argparse.ArgumentParser(description="backup")
    parser.add_argument("--post-cmd", default="true")
    opts = parser.parse_args()
    # expect: command-injection
    proc = await asyncio.subprocess.create_subprocess_exec("bash", "-c", opts.post_cmd)
    return await proc.wait()


async def compress(path):
    compressor = "gzip"
    opts, _ = getopt.getopt(sys.argv[1:], "c:", ["compressor="])
    for opt, value in opts:
        if opt in ("-c", "--compressor"):
            compressor = value
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec(compressor, path)
    return await proc.wait()


async def checksum():
    path = sys.argv[1]
    proc = await asyncio.create_subprocess_exec("sha256sum", "--", path, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.split()[0]


async def flush():
    proc = await asyncio.create_subprocess_exec("sync")
    return await proc.wait()


if __name__ == "__main__":
    asyncio.run(archive())
