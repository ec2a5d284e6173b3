"""Lambda that converts uploaded images with ImageMagick through asyncio."""
import asyncio
import json
import shlex

CONVERT = "/opt/bin/convert"


async def _convert(src, size):
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(
        f"{CONVERT} /tmp/{src} -resize {size} /tmp/thumb-{src}",
        stdout=asyncio.subprocess.PIPE,
    )
    await proc.communicate()
    return proc.returncode


def handler(event, context):
    body = json.loads(event["body"])
    return asyncio.run(_convert(body["key"], body.get("size", "128x128")))


def strip_metadata(event, context):
    key = event["Records"][0]["s3"]["object"]["key"]
    cmd = "exiftool -all= /tmp/" + key

    async def run():
        # expect: command-injection
        proc = await asyncio.subprocess.create_subprocess_shell(cmd)
        return await proc.wait()

    return asyncio.run(run())


class _Quiet(asyncio.SubprocessProtocol):
    pass


def probe(event, context):
    loop = asyncio.new_event_loop()
    target = event["queryStringParameters"]["file"]
    # expect: command-injection
    transport, _ = loop.run_until_complete(loop.subprocess_shell(_Quiet, "identify /tmp/%s" % target))
    transport.close()
    loop.close()


def safe_handler(event, context):
    key = shlex.quote(event["pathParameters"]["key"])

    async def run():
        proc = await asyncio.create_subprocess_exec(CONVERT, "/tmp/" + event["pathParameters"]["key"], "-strip", "/tmp/out.png")
        return await proc.wait()

    asyncio.run(run())
    return {"statusCode": 200, "body": key}


def version(event, context):
    async def run():
        proc = await asyncio.create_subprocess_shell(CONVERT + " -version", stdout=asyncio.subprocess.PIPE)
        out, _ = await proc.communicate()
        return out.decode()

    return {"statusCode": 200, "body": asyncio.run(run())}
