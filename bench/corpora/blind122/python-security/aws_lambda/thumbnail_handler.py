"""Lambda that renders thumbnails for uploaded documents with ImageMagick."""
import asyncio
import json
import os
import uuid

import boto3

s3 = boto3.client("s3")
BUCKET = os.environ["THUMB_BUCKET"]


async def _run(*argv):
    proc = await asyncio.create_subprocess_exec(*argv, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    return proc.returncode, out, err


async def _convert_from_event(event):
    size = event.get("size", "256x256")
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("convert", event["source_path"], "-thumbnail", size, "/tmp/thumb.png")
    return await proc.wait()


async def _custom_pipeline(event):
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("sh", "-c", "convert /tmp/in.pdf[0] " + event["options"] + " /tmp/out.png")
    return await proc.wait()


async def _ghostscript(params):
    # expect: command-injection
    proc = await asyncio.subprocess.create_subprocess_exec("gs", params["device"], "-o", "/tmp/page.png", "/tmp/in.pdf")
    return await proc.wait()


def lambda_handler(event, context):
    key = event["key"]
    local = f"/tmp/{uuid.uuid4()}.pdf"
    s3.download_file(BUCKET, key, local)
    loop = asyncio.get_event_loop()
    rc, _, err = loop.run_until_complete(_run("convert", local + "[0]", "-thumbnail", "256x256", "/tmp/thumb.png"))
    if rc != 0:
        return {"statusCode": 500, "body": json.dumps({"error": err.decode()[:200]})}
    if event.get("mode") == "custom":
        loop.run_until_complete(_custom_pipeline(event))
    elif event.get("mode") == "gs":
        loop.run_until_complete(_ghostscript(event["params"]))
    else:
        loop.run_until_complete(_convert_from_event(event))
    loop.run_until_complete(asyncio.create_subprocess_exec("df", "-h", "/tmp"))
    s3.upload_file("/tmp/thumb.png", BUCKET, key + ".thumb.png")
    return {"statusCode": 200, "body": json.dumps({"thumb": key + ".thumb.png"})}
