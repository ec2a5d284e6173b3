"""Transcodes uploaded media and mirrors repositories for the build farm."""
import asyncio
import asyncio.subprocess
import json
import os

FFMPEG = "/opt/bin/ffmpeg"
PRESETS = {"720p": ["-vf", "scale=-2:720"], "1080p": ["-vf", "scale=-2:1080"]}


async def _wait(proc):
    out, err = await proc.communicate()
    return proc.returncode, out, err


def transcode_handler(event, context):
    job = json.loads(event["body"])
    preset = PRESETS.get(job.get("preset"), PRESETS["720p"])

    async def go():
        proc = await asyncio.create_subprocess_exec(
            FFMPEG, "-y", "-i", "/tmp/in.mp4", *preset, "/tmp/out.mp4",
        )
        return await _wait(proc)

    code, _, _ = asyncio.run(go())
    return {"statusCode": 200 if code == 0 else 500}


def filter_handler(event, context):
    expr = event["queryStringParameters"]["filter"]

    async def go():
        # expect: command-injection
        proc = await asyncio.create_subprocess_exec("bash", "-c", f"{FFMPEG} -i /tmp/in.mp4 -vf {expr} /tmp/out.mp4")
        return await _wait(proc)

    return {"statusCode": 200, "body": str(asyncio.run(go())[0])}


def mirror_handler(event, context):
    repo_url = event["detail"]["repository"]

    async def go():
        # expect: command-injection
        proc = await asyncio.create_subprocess_exec("git", "ls-remote", repo_url, stdout=asyncio.subprocess.PIPE)
        return await _wait(proc)

    async def clone():
        # expect: command-injection
        proc = await asyncio.subprocess.create_subprocess_exec(
            "git",
            "clone",
            "--mirror",
            repo_url,
            "/tmp/mirror.git",
        )
        return await _wait(proc)

    asyncio.run(go())
    return {"statusCode": 200, "body": str(asyncio.run(clone())[0])}


def tool_handler(event, context):
    body = json.loads(event["body"])

    async def go():
        # expect: command-injection
        proc = await asyncio.create_subprocess_exec("/bin/sh", "-c", body["script"], env=dict(os.environ))
        return await _wait(proc)

    return {"statusCode": 200, "body": str(asyncio.run(go())[0])}


def version_handler(event, context):
    async def go():
        proc = await asyncio.create_subprocess_exec(FFMPEG, "-version", stdout=asyncio.subprocess.PIPE)
        return await _wait(proc)

    return {"statusCode": 200, "body": asyncio.run(go())[1].decode()}
