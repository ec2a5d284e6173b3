"""Async task runner used by the deploy bot: runs build steps as subprocesses."""
import argparse
import asyncio
import logging
import os
import shlex
import sys

log = logging.getLogger("async-runner")

BUILD_TOOL = "/usr/local/bin/make"


async def run_step_from_argv():
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec(sys.argv[1], *sys.argv[2:], stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return proc.returncode, out


async def run_post_hook():
    hook = os.environ.get("POST_DEPLOY_HOOK")
    if not hook:
        return 0
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("bash", "-c", hook)
    return await proc.wait()


async def run_named_tool(args):
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec(args.tool, "--config", args.config)
    return await proc.wait()


async def run_build(target):
    if target not in {"all", "test", "dist"}:
        raise ValueError(f"unknown target {target}")
    proc = await asyncio.create_subprocess_exec(BUILD_TOOL, target, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return proc.returncode, out


async def run_git_status():
    proc = await asyncio.create_subprocess_exec("git", "status", "--porcelain", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode().splitlines()


async def run_lint(paths):
    quoted = " ".join(shlex.quote(p) for p in paths)
    log.info("linting %s", quoted)
    proc = await asyncio.create_subprocess_exec("ruff", "check", "--", *paths)
    return await proc.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool", default=BUILD_TOOL)
    parser.add_argument("--config", default="deploy.toml")
    args = parser.parse_args()
    return asyncio.run(run_named_tool(args))


if __name__ == "__main__":
    sys.exit(main())
