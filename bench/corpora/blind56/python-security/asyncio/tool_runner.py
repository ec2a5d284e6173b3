"""Async runner for the CI helper CLI (formatters, hooks, editors)."""
import argparse
import asyncio
import getopt
import optparse
import os
import shlex
import sys


async def run_hook():
    hook = os.getenv("POST_DEPLOY_HOOK", "")
    if not hook:
        return 0
    proc = await asyncio.create_subprocess_exec(
        "/bin/sh",
        "-c",
        # expect: command-injection
        hook,
    )
    return await proc.wait()


async def open_in_editor(path):
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec(os.environ.get("EDITOR", "vi"), path)
    await proc.wait()


async def run_formatter():
    parser = optparse.OptionParser()
    parser.add_option("--command", dest="command", default="black .")
    opts, _ = parser.parse_args()
    # expect: command-injection
    proc = await asyncio.subprocess.create_subprocess_exec(*shlex.split(opts.command))
    return await proc.wait()


async def passthrough():
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec(sys.argv[1], *sys.argv[2:], stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def run_linter(argv):
    opts, args = getopt.getopt(argv, "l:", ["linter="])
    linter = "ruff"
    for opt, value in opts:
        if opt in ("-l", "--linter"):
            linter = value
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec(linter, *args)
    return await proc.wait()


async def check_versions():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "pip", "--version", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode().strip()


async def compile_assets():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="dist")
    args = parser.parse_args()
    proc = await asyncio.create_subprocess_exec("npx", "vite", "build", "--outDir", args.out)
    return await proc.wait()


if __name__ == "__main__":
    asyncio.run(check_versions())
