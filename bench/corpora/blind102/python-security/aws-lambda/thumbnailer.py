"""Lambda: thumbnails and previews for uploaded media."""
import asyncio
import json
import shlex

FFMPEG = "/opt/bin/ffmpeg"


async def _run(*argv):
    proc = await asyncio.create_subprocess_exec(*argv, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out


def handler(event, context):
    body = json.loads(event["body"])
    source = body["source"]

    async def work():
        # expect: command-injection
        proc = await asyncio.create_subprocess_exec(FFMPEG, source, stdout=asyncio.subprocess.PIPE)
        # expect: command-injection
        conv = await asyncio.create_subprocess_exec("bash", "-c", f"convert {event['queryStringParameters']['file']} -resize 200x200 /tmp/t.png")
        # expect: command-injection
        probe = await asyncio.subprocess.create_subprocess_exec("ffprobe", event["pathParameters"]["key"])
        await proc.wait()
        await conv.wait()
        return await probe.wait()

    return {"statusCode": 200, "body": str(asyncio.run(work()))}


def version_handler(event, context):
    async def work():
        proc = await asyncio.create_subprocess_exec(FFMPEG, "-version", stdout=asyncio.subprocess.PIPE)
        out, _ = await proc.communicate()
        return out.decode()

    return {"statusCode": 200, "body": asyncio.run(work())}


def quoted_handler(event, context):
    size = "200x200" if event.get("small") else "800x800"

    async def work():
        proc = await asyncio.create_subprocess_exec("convert", "/tmp/in.png", "-resize", size, "/tmp/out.png")
        return await proc.wait()

    return {"statusCode": 200, "body": str(asyncio.run(work())), "cmd": shlex.join(["convert", size])}
