"""Lambda handler that transcodes uploaded clips with ffmpeg (Lambda layer)."""
import asyncio
import json
import os
import shlex
import uuid

import boto3

s3 = boto3.client("s3")
FFMPEG = "/opt/bin/ffmpeg"
OUT_BUCKET = os.environ["OUT_BUCKET"]
PRESETS = {"720p": ["-vf", "scale=-2:720"], "480p": ["-vf", "scale=-2:480"]}


async def _transcode(event: dict) -> dict:
    body = json.loads(event["body"])
    local_in = f"/tmp/{uuid.uuid4().hex}.mp4"
    local_out = f"/tmp/{uuid.uuid4().hex}-out.mp4"
    s3.download_file(body["bucket"], body["key"], local_in)

    preset = PRESETS.get(body.get("preset"), PRESETS["720p"])
    proc = await asyncio.create_subprocess_exec(FFMPEG, "-y", "-i", local_in, *preset, local_out)
    await proc.wait()

    if body.get("watermark"):
        # expect: command-injection
        proc = await asyncio.create_subprocess_exec("/bin/sh", "-c", f"{FFMPEG} -y -i {local_out} -vf drawtext=text='{body['watermark']}' {local_out}.wm.mp4")
        await proc.wait()

    if body.get("thumbnail_at"):
        at = shlex.quote(str(body["thumbnail_at"]))
        proc = await asyncio.create_subprocess_exec("/bin/sh", "-c", f"{FFMPEG} -y -ss {at} -i {local_in} -frames:v 1 {local_in}.jpg")
        await proc.wait()

    s3.upload_file(local_out, OUT_BUCKET, f"out/{body['key']}")
    return {"statusCode": 200, "body": json.dumps({"ok": True})}


async def _probe(event: dict) -> dict:
    params = event.get("queryStringParameters") or {}
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("/opt/bin/ffprobe", params.get("flags", "-hide_banner"), "/tmp/sample.mp4", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return {"statusCode": 200, "body": out.decode(errors="replace")}


async def _hook(event: dict) -> dict:
    hook = event["detail"]["post_hook"]
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("bash", "-c", hook)
    return {"statusCode": 200, "body": str(await proc.wait())}


def handler(event, context):
    route = event.get("rawPath", "")
    if route.endswith("/probe"):
        return asyncio.run(_probe(event))
    if "detail" in event:
        return asyncio.run(_hook(event))
    return asyncio.run(_transcode(event))
