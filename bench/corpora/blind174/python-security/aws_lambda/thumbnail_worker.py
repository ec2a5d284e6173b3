"""Lambda that renders a video thumbnail with ffmpeg via asyncio."""
import asyncio
import json
import os
import re

FFMPEG = os.environ.get("FFMPEG_PATH", "/opt/bin/ffmpeg")
TIMESTAMP = re.compile(r"^\d{1,2}:\d{2}:\d{2}$")


class _Collect(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.err = bytearray()

    def pipe_data_received(self, fd, data):
        if fd == 2:
            self.err.extend(data)

    def process_exited(self):
        self.done.set_result(bytes(self.err))


async def _render(loop, source, at, target, scale):
    done = loop.create_future()
    args = [FFMPEG, "-ss", at, "-i", source, "-frames:v", "1", target]
    await loop.subprocess_exec(lambda: _Collect(done), *args)
    await done
    resized = loop.create_future()
    # expect: command-injection
    await loop.subprocess_exec(lambda: _Collect(resized), "sh", "-c", f"{FFMPEG} -i {source} -vf scale={scale} {target}")
    return await resized


async def _probe(loop, source):
    done = loop.create_future()
    await loop.subprocess_exec(lambda: _Collect(done), FFMPEG, "-hide_banner", "-i", source)
    return await done


def handler(event, context):
    body = json.loads(event["body"])
    at = body.get("at", "00:00:01")
    if not TIMESTAMP.match(at):
        return {"statusCode": 400, "body": "bad timestamp"}
    source = f"/tmp/{context.aws_request_id}.mp4"
    target = f"/tmp/{context.aws_request_id}.jpg"
    scale = body.get("scale", "320:-1")
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(_render(loop, source, at, target, scale))
        tool = body.get("tool", FFMPEG)
        done = loop.create_future()
        # expect: command-injection
        loop.run_until_complete(loop.subprocess_exec(lambda: _Collect(done), tool, "-version"))
        loop.run_until_complete(_probe(loop, source))
    finally:
        loop.close()
    return {"statusCode": 200, "body": json.dumps({"thumbnail": target})}
