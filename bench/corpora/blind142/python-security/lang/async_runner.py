"""Runs maintenance tools concurrently from the command line."""
import argparse
import asyncio
import os
import sys

TOOLS = {"vacuum": ("/usr/local/bin/db-vacuum", "--all"), "reindex": ("/usr/local/bin/db-reindex",)}


async def run_named(name):
    program, *rest = TOOLS[name]
    proc = await asyncio.create_subprocess_exec(program, *rest, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def git_head():
    proc = await asyncio.create_subprocess_exec("git", "rev-parse", "HEAD", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.strip()


async def passthrough():
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec(sys.argv[1], *sys.argv[2:])
    return await proc.wait()


async def post_hook():
    hook = os.environ.get("POST_SYNC_HOOK", "true")
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("sh", "-c", hook)
    return await proc.wait()


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool", choices=sorted(TOOLS))
    parser.add_argument("--exec")
    args = parser.parse_args()
    if args.tool:
        print(await run_named(args.tool))
    if args.exec:
        # expect: command-injection
        proc = await asyncio.create_subprocess_exec(args.exec, stdout=asyncio.subprocess.PIPE)
        print((await proc.communicate())[0].decode())
    proc = await asyncio.create_subprocess_exec("sh", "-c", "df -h /var/lib/postgresql")
    await proc.wait()


if __name__ == "__main__":
    asyncio.run(main())
