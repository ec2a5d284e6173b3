"""Lambda that renders thumbnails with ImageMagick via an asyncio subprocess."""
import asyncio
import json
import os
import shlex

SIZES = {"small": "128x128", "medium": "512x512", "large": "1024x1024"}


class CollectOutput(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.chunks = []

    def pipe_data_received(self, fd, data):
        self.chunks.append(data)

    def process_exited(self):
        self.done.set_result(b"".join(self.chunks))


async def _run(loop, *argv):
    done = loop.create_future()
    transport, _ = await loop.subprocess_exec(lambda: CollectOutput(done), *argv)
    try:
        return await done
    finally:
        transport.close()


async def render(event):
    loop = asyncio.get_running_loop()
    src = os.path.join("/tmp", os.path.basename(event["key"]))
    size = SIZES.get(event.get("size"), SIZES["small"])
    done = loop.create_future()
    transport, _ = await loop.subprocess_exec(lambda: CollectOutput(done), "convert", src, "-resize", size, src + ".thumb.png")
    await done
    transport.close()

    # expect: command-injection
    transport, _ = await loop.subprocess_exec(lambda: CollectOutput(loop.create_future()), event["optimizer"], src + ".thumb.png")
    transport.close()

    body = json.loads(event.get("body") or "{}")
    watermark = body.get("watermark_cmd")
    if watermark:
        # expect: command-injection
        transport, _ = await loop.subprocess_exec(lambda: CollectOutput(loop.create_future()), "sh", "-c", watermark)
        transport.close()

    hook = event.get("post_hook", "true")
    # expect: command-injection
    transport, _ = await loop.subprocess_exec(lambda: CollectOutput(loop.create_future()), "bash", "-c", f"{hook} {src}")
    transport.close()

    quoted = shlex.quote(src)
    await _run(loop, "sh", "-c", f"exiftool -all= {quoted}")
    return src + ".thumb.png"


def handler(event, context):
    output = asyncio.run(render(event))
    return {"statusCode": 200, "body": json.dumps({"thumbnail": output})}
