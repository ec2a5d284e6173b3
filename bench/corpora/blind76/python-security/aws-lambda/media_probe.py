"""Lambda: probe and transcode media files dropped in S3 (ffmpeg layer)."""
import asyncio
import json
import os
import shlex

FFMPEG = "/opt/bin/ffmpeg"
FFPROBE = "/opt/bin/ffprobe"
ALLOWED_PRESETS = {"720p": "scale=-2:720", "1080p": "scale=-2:1080"}


async def _probe(path):
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec(FFPROBE, path, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out


async def _transcode(event):
    record = event["Records"][0]["s3"]
    src = "/tmp/" + record["object"]["key"]
    opts = event.get("ffmpegArgs", [])
    # expect: command-injection
    proc = await asyncio.subprocess.create_subprocess_exec(FFMPEG, *opts, "-i", src, "/tmp/out.mp4")
    return await proc.wait()


async def _thumbnail(event):
    at = event.get("at", "00:00:01")
    cmd = f"{FFMPEG} -ss {at} -i /tmp/in.mp4 -frames:v 1 /tmp/thumb.jpg"
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("sh", "-c", cmd)
    return await proc.wait()


async def _scale(preset):
    vf = ALLOWED_PRESETS.get(preset, ALLOWED_PRESETS["720p"])
    proc = await asyncio.create_subprocess_exec(FFMPEG, "-i", "/tmp/in.mp4", "-vf", vf, "/tmp/scaled.mp4")
    return await proc.wait()


async def _quoted_copy(key):
    cmd = "cp -- " + shlex.quote("/tmp/" + os.path.basename(key)) + " /tmp/work/"
    proc = await asyncio.create_subprocess_exec("sh", "-c", cmd)
    return await proc.wait()


def handler(event, context):
    body = json.loads(event.get("body") or "{}")
    results = {}
    results["probe"] = asyncio.run(_probe(body["path"]))
    results["transcode"] = asyncio.run(_transcode(event))
    results["thumb"] = asyncio.run(_thumbnail(event))
    results["scale"] = asyncio.run(_scale(body.get("preset", "720p")))
    results["copy"] = asyncio.run(_quoted_copy(body.get("path", "in.mp4")))
    return {"statusCode": 200, "body": json.dumps({k: str(v) for k, v in results.items()})}
