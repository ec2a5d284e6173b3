"""Run queued conversion jobs with asyncio subprocesses."""
import asyncio
import shlex

FFMPEG = "/usr/bin/ffmpeg"


async def run_job(job):
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec(*shlex.split(job["command"]), stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out


async def run_hook(hook_script):
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("bash", "-c", hook_script)
    return await proc.wait()


async def run_tool(job):
    # expect: command-injection
    proc = await asyncio.subprocess.create_subprocess_exec(job["program"], job["args"], stdout=asyncio.subprocess.PIPE)
    return (await proc.communicate())[0]


async def convert(src, dst):
    proc = await asyncio.create_subprocess_exec(FFMPEG, "-i", src, "-y", dst)
    return await proc.wait()


async def git_head():
    proc = await asyncio.create_subprocess_exec("git", "rev-parse", "HEAD", stdout=asyncio.subprocess.PIPE)
    return (await proc.communicate())[0].decode().strip()


async def cleanup():
    proc = await asyncio.create_subprocess_exec("sh", "-c", "rm -rf /tmp/jobs/*.part")
    return await proc.wait()
