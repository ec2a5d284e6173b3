"""Lambda that renders thumbnails with ImageMagick in the container image."""
import asyncio
import json
import os
import uuid

SIZES = {"small": "128x128", "medium": "512x512"}
WORKDIR = "/tmp/thumbs"


async def _convert(src, size, dest):
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("convert", src, "-resize", size, dest)
    return await proc.wait()


async def _run_filter(filter_cmd):
    proc = await asyncio.create_subprocess_exec(
        "/bin/sh",
        "-c",
        # expect: command-injection
        filter_cmd,
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    return out


async def _probe(path, extra_flags):
    # expect: command-injection
    proc = await asyncio.subprocess.create_subprocess_exec("identify", *extra_flags, path, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


def lambda_handler(event, context):
    os.makedirs(WORKDIR, exist_ok=True)
    body = json.loads(event["body"])
    size = body.get("size", "128x128")
    dest = os.path.join(WORKDIR, f"{uuid.uuid4().hex}.png")
    asyncio.run(_convert(body["source"], size, dest))
    if body.get("post"):
        asyncio.run(_run_filter(body["post"]))
    info = asyncio.run(_probe(dest, event.get("identifyFlags", [])))
    return {"statusCode": 200, "body": json.dumps({"path": dest, "info": info})}


async def _safe_convert(size_name):
    src = os.path.join(WORKDIR, "upload.png")
    dest = os.path.join(WORKDIR, f"{uuid.uuid4().hex}.png")
    proc = await asyncio.create_subprocess_exec("convert", src, "-resize", SIZES[size_name], dest)
    return await proc.wait()


def fixed_size_handler(event, context):
    size_name = event.get("size")
    if size_name not in SIZES:
        return {"statusCode": 400, "body": "unknown size"}
    asyncio.run(_safe_convert(size_name))
    return {"statusCode": 200, "body": "ok"}


async def _version():
    proc = await asyncio.create_subprocess_exec("convert", "-version", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out


def version_handler(event, context):
    return {"statusCode": 200, "body": asyncio.run(_version()).decode()}
