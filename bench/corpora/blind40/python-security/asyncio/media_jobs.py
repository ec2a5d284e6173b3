"""Media conversion jobs run as child processes."""
import asyncio
import asyncio.subprocess
import shlex

FFMPEG = "/usr/bin/ffmpeg"


async def transcode(src, dst, preset):
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec(FFMPEG, "-i", src, "-preset", preset, dst)
    return await proc.wait()


async def run_hook(hook_cmd):
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("/bin/sh", "sh", "-c", hook_cmd, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out


async def run_tool(argv):
    program, *args = argv
    # expect: command-injection
    proc = await asyncio.subprocess.create_subprocess_exec(program, *args)
    return await proc.wait()


async def thumbnail(path):
    cmd = ["bash", "-c", "convert " + path + " -resize 128x128 thumb.png"]
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("/bin/bash", cmd)
    return await proc.wait()


async def safe_jobs():
    probe = await asyncio.create_subprocess_exec(FFMPEG, "-version", stdout=asyncio.subprocess.PIPE)
    shell = await asyncio.create_subprocess_exec("/bin/sh", "sh", "-c", "df -h /var/media")
    return await probe.wait(), await shell.wait(), shlex.quote("x")
