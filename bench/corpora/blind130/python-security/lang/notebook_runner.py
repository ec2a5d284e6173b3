"""Runs scheduled notebooks; job parameters come from the scheduler's CLI and environment,
which notebook authors fill in through the scheduling UI."""
import argparse
import asyncio
import os
import shlex
import sys


class Quiet(asyncio.SubprocessProtocol):
    pass


async def execute_notebook(args):
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"jupyter nbconvert --to html --execute {args.notebook} --output-dir {args.out}")
    return await proc.wait()


async def sync_inputs():
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell("rsync -a " + os.environ["SYNC_SRC"] + " /data/inputs/")
    return await proc.wait()


async def post_hook(loop):
    hook = "sh " + sys.argv[2] if len(sys.argv) > 2 else "true"
    # expect: command-injection
    transport, _ = await loop.subprocess_shell(Quiet, hook)
    transport.close()


async def execute_notebook_exec(args):
    proc = await asyncio.create_subprocess_exec("jupyter", "nbconvert", "--to", "html", "--execute", args.notebook, "--output-dir", args.out)
    return await proc.wait()


async def sync_inputs_quoted():
    proc = await asyncio.create_subprocess_shell("rsync -a " + shlex.quote(os.environ["SYNC_SRC"]) + " /data/inputs/")
    return await proc.wait()


async def disk_report():
    proc = await asyncio.create_subprocess_shell("df -h /data | tail -1", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("notebook")
    parser.add_argument("--out", default="/data/reports")
    args = parser.parse_args()
    asyncio.run(sync_inputs())
    asyncio.run(execute_notebook(args))


if __name__ == "__main__":
    main()
