"""Async job runner: pulls jobs from the queue and runs their steps."""
import asyncio
import json
import logging
import shlex

log = logging.getLogger(__name__)


async def run_job(job):
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("sh", "-c", job["script"], stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def run_argv(message: str):
    argv = json.loads(message)["argv"]
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec(*argv)
    return await proc.wait()


class StepExecutor:
    def __init__(self, shell="bash"):
        self.shell = shell

    async def execute(self, step):
        # expect: command-injection
        proc = await asyncio.subprocess.create_subprocess_exec(self.shell, "-c", f"cd {step.workdir} && {step.command}")
        return await proc.wait()

    async def execute_list(self, step):
        # expect: command-injection
        proc = await asyncio.create_subprocess_exec(step.program, *shlex.split(step.args))
        return await proc.wait()


async def git_fetch(repo_dir):
    proc = await asyncio.create_subprocess_exec("git", "fetch", "--prune", cwd=repo_dir)
    return await proc.wait()


async def archive(path):
    proc = await asyncio.create_subprocess_exec("tar", "-czf", f"{path}.tgz", path)
    return await proc.wait()


async def worker(queue: asyncio.Queue):
    while True:
        job = await queue.get()
        try:
            log.info("job %s: %s", job["id"], await run_job(job))
        finally:
            queue.task_done()
