"""Lambda: transcode an uploaded clip and write a poster frame next to it."""
import asyncio
import json
import os
import re
import shlex

OUT_DIR = "/tmp/out"
PRESETS = {"720p": "-vf scale=-2:720", "1080p": "-vf scale=-2:1080"}
SAFE_KEY = re.compile(r"^[A-Za-z0-9/_.-]{1,200}$")


class FfmpegProtocol(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.stderr = bytearray()

    def pipe_data_received(self, fd, data):
        if fd == 2:
            self.stderr.extend(data)

    def process_exited(self):
        self.done.set_result(bytes(self.stderr))


async def transcode(event):
    src = event["detail"]["object"]["key"]
    preset = event.get("preset", "720p")
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"ffmpeg -y -i /tmp/in/{src} {PRESETS.get(preset, '')} {OUT_DIR}/{src}.mp4")
    return await proc.wait()


async def poster_frame(event):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    at = event.get("poster_at", "00:00:01")
    cmd = "ffmpeg -y -ss " + at + " -i /tmp/in/clip.mp4 -frames:v 1 " + OUT_DIR + "/poster.jpg"
    # expect: command-injection
    transport, _ = await loop.subprocess_shell(lambda: FfmpegProtocol(done), cmd)
    err = await done
    transport.close()
    return err


async def probe(event):
    key = event["detail"]["object"]["key"]
    if not SAFE_KEY.match(key):
        raise ValueError("unexpected object key")
    proc = await asyncio.create_subprocess_exec("ffprobe", "-v", "error", "-show_format", f"/tmp/in/{key}", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def thumbnail_strip(event):
    key = event["detail"]["object"]["key"]
    cmd = "ffmpeg -y -i /tmp/in/{} -vf fps=1/10,scale=160:-1,tile=10x1 {}/strip.png".format(shlex.quote(key), OUT_DIR)
    proc = await asyncio.create_subprocess_shell(cmd)
    return await proc.wait()


async def disk_usage():
    proc = await asyncio.create_subprocess_shell("du -sh /tmp/in /tmp/out", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


def handler(event, context):
    os.makedirs(OUT_DIR, exist_ok=True)
    code = asyncio.run(transcode(event))
    asyncio.run(poster_frame(event))
    asyncio.run(thumbnail_strip(event))
    return {"statusCode": 200, "body": json.dumps({"exit": code, "usage": asyncio.run(disk_usage())})}
