"""S3-triggered and API-triggered thumbnail generation (ffmpeg/ImageMagick layer)."""
import asyncio
import json
import os

import boto3

s3 = boto3.client("s3")
OUT_BUCKET = os.environ["THUMB_BUCKET"]
SIZES = {"small": "160x90", "medium": "320x180", "large": "640x360"}


async def _run(*argv):
    proc = await asyncio.create_subprocess_exec(*argv, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    if proc.returncode:
        raise RuntimeError(err.decode(errors="replace")[:500])
    return out


async def _thumbnail(src, dst, size):
    await _run("/opt/bin/convert", src, "-thumbnail", SIZES.get(size, "160x90"), dst)


def s3_handler(event, context):
    record = event["Records"][0]["s3"]
    key = record["object"]["key"]
    local = "/tmp/" + os.path.basename(key)
    s3.download_file(record["bucket"]["name"], key, local)
    asyncio.run(_thumbnail(local, local + ".thumb.jpg", "small"))
    s3.upload_file(local + ".thumb.jpg", OUT_BUCKET, key + ".thumb.jpg")
    return {"ok": True}


def api_handler(event, context):
    body = json.loads(event["body"])
    src = "/tmp/in-" + context.aws_request_id
    s3.download_file(body["bucket"], body["key"], src)
    geometry = body.get("geometry", "160x90")

    async def work():
        # expect: command-injection
        proc = await asyncio.create_subprocess_exec("/bin/sh", "-c", f"/opt/bin/convert {src} -resize {geometry} {src}.jpg")
        await proc.wait()

    asyncio.run(work())
    return {"statusCode": 200, "body": json.dumps({"done": True})}


def probe_handler(event, context):
    params = event.get("queryStringParameters") or {}
    clip = params["clip"]

    async def probe():
        # expect: command-injection
        proc = await asyncio.create_subprocess_exec("/opt/bin/ffprobe", clip, stdout=asyncio.subprocess.PIPE)
        return (await proc.communicate())[0]

    return {"statusCode": 200, "body": asyncio.run(probe()).decode()}


def safe_probe_handler(event, context):
    params = event.get("queryStringParameters") or {}
    clip = os.path.join("/tmp/clips", os.path.basename(params["clip"]))
    return {"statusCode": 200, "body": asyncio.run(_run("/opt/bin/ffprobe", "-v", "error", clip)).decode()}
