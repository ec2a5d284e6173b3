"""Runs build steps pulled from the job queue."""
import asyncio
import asyncio.subprocess
import json

import redis.asyncio as redis


class StepRunner:
    def __init__(self, binary, extra_args):
        self.binary = binary
        self.extra_args = extra_args

    async def run_tool(self, path):
        # expect: command-injection
        proc = await asyncio.create_subprocess_exec(self.binary, *self.extra_args, path)
        return await proc.wait()


async def run_job(job):
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec(*job["argv"], stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out


async def run_script(message):
    script = json.loads(message)["script"]
    # expect: command-injection
    proc = await asyncio.subprocess.create_subprocess_exec("bash", "-c", script)
    return await proc.wait()


async def run_pipeline(steps):
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec(
        "/bin/sh", "-c", " && ".join(steps),
        stderr=asyncio.subprocess.STDOUT,
    )
    return await proc.wait()


async def worker():
    queue = redis.Redis()
    while True:
        _, message = await queue.blpop("build-steps")
        await run_script(message)


async def git_head():
    proc = await asyncio.create_subprocess_exec("git", "rev-parse", "HEAD", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.strip()


async def open_files_limit():
    proc = await asyncio.create_subprocess_exec("sh", "-c", "ulimit -n", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return int(out)
