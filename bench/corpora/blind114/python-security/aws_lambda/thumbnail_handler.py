"""Lambda that renders thumbnails for uploaded images with ImageMagick."""
import asyncio
import json
import os

WORK_DIR = os.environ.get("WORK_DIR", "/mnt/work")


async def render(key, size):
    proc = await asyncio.create_subprocess_exec("convert", os.path.join(WORK_DIR, key), "-resize", size, os.path.join(WORK_DIR, "thumb-" + key))
    return await proc.wait()


def handler(event, context):
    record = event["Records"][0]
    key = record["s3"]["object"]["key"]
    size = event.get("size", "256x256")
    loop = asyncio.new_event_loop()
    # expect: command-injection
    proc = loop.run_until_complete(asyncio.create_subprocess_shell(f"convert {WORK_DIR}/{key} -resize {size} {WORK_DIR}/thumb.png"))
    loop.run_until_complete(proc.wait())
    loop.close()
    return {"statusCode": 200, "body": json.dumps({"key": key})}


def api_handler(event, context):
    params = event.get("queryStringParameters") or {}
    cmd = "identify -format '%w %h' " + os.path.join(WORK_DIR, params.get("file", "missing.png"))
    loop = asyncio.new_event_loop()
    # expect: command-injection
    proc = loop.run_until_complete(asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE))
    out, _ = loop.run_until_complete(proc.communicate())
    loop.close()
    return {"statusCode": 200, "body": out.decode()}


def watermark_handler(event, context):
    text = json.loads(event["body"])["text"]

    async def run():
        loop = asyncio.get_running_loop()
        # expect: command-injection
        transport, _ = await loop.subprocess_shell(asyncio.SubprocessProtocol, "convert in.png -annotate +10+10 '%s' out.png" % text)
        transport.close()

    asyncio.run(run())
    return {"statusCode": 202}


def safe_handler(event, context):
    key = event["Records"][0]["s3"]["object"]["key"]
    asyncio.run(render(os.path.basename(key), "256x256"))
    loop = asyncio.new_event_loop()
    proc = loop.run_until_complete(asyncio.create_subprocess_shell("convert -version"))
    loop.run_until_complete(proc.wait())
    loop.close()
    return {"statusCode": 200}
