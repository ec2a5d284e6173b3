"""Lambda: transcode an uploaded clip with ffmpeg (layer provides the binary)."""
import asyncio
import asyncio.subprocess
import json
import os

FFMPEG = "/opt/bin/ffmpeg"


class _Collect(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.output = bytearray()

    def pipe_data_received(self, fd, data):
        self.output.extend(data)

    def process_exited(self):
        self.done.set_result(bytes(self.output))


async def _transcode(src, preset, extra):
    cmd = f"{FFMPEG} -i /tmp/{src} -preset {preset} {extra} /tmp/out.mp4"
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return proc.returncode, out


async def _probe(name):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    await loop.subprocess_shell(lambda: _Collect(done), "ffprobe -v quiet -show_format /tmp/" + name)
    return await done


async def _thumbnail(key, second):
    # expect: command-injection
    proc = await asyncio.subprocess.create_subprocess_shell("%s -ss %s -i /tmp/%s -frames:v 1 /tmp/thumb.jpg" % (FFMPEG, second, key))
    return await proc.wait()


async def _safe_thumbnail(key, second):
    proc = await asyncio.create_subprocess_exec(
        FFMPEG, "-ss", str(int(second)), "-i", "/tmp/" + os.path.basename(key), "-frames:v", "1", "/tmp/thumb.jpg"
    )
    return await proc.wait()


async def _version():
    proc = await asyncio.create_subprocess_shell(f"{FFMPEG} -version", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode().splitlines()[0]


def handler(event, context):
    params = event.get("queryStringParameters") or {}
    body = json.loads(event.get("body") or "{}")
    src = event["Records"][0]["s3"]["object"]["key"] if "Records" in event else body["key"]
    code, _ = asyncio.run(_transcode(src, params.get("preset", "fast"), body.get("extra_args", "")))
    asyncio.run(_probe(src))
    asyncio.run(_thumbnail(src, params.get("at", "1")))
    asyncio.run(_safe_thumbnail(src, params.get("at", "1")))
    return {"statusCode": 200 if code == 0 else 500, "body": json.dumps({"version": asyncio.run(_version())})}


def convert_direct(event, context):
    cmd = FFMPEG + " -i /tmp/" + event["key"] + " -f webm /tmp/out.webm"
    # expect: command-injection
    return asyncio.run(asyncio.create_subprocess_shell(cmd))
