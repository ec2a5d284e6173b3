"""S3/API Gateway triggered transcoding and thumbnail Lambdas (asyncio subprocesses)."""
import asyncio
import json
import os
import shlex

FFMPEG = os.environ.get("FFMPEG_PATH", "/opt/bin/ffmpeg")
WORKDIR = "/tmp/work"


async def _run_shell(cmd):
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    return proc.returncode, out, err


def transcode_handler(event, context):
    body = json.loads(event["body"])
    src = body["source"]
    preset = body.get("preset", "720p")
    loop = asyncio.get_event_loop()
    # expect: command-injection
    proc = loop.run_until_complete(asyncio.create_subprocess_shell(f"{FFMPEG} -i {src} -preset {preset} {WORKDIR}/out.mp4"))
    loop.run_until_complete(proc.wait())
    return {"statusCode": 200, "body": json.dumps({"code": proc.returncode})}


def thumbnail_handler(event, context):
    record = event["Records"][0]["s3"]
    key = record["object"]["key"]
    local = os.path.join(WORKDIR, os.path.basename(key))
    cmd = "%s -y -i %s -frames:v 1 %s.jpg" % (FFMPEG, shlex.quote(local), shlex.quote(local))
    code, _, _ = asyncio.run(_run_shell(cmd))
    return {"ok": code == 0}


def probe_handler(event, context):
    url = event["queryStringParameters"]["url"]
    loop = asyncio.new_event_loop()
    # expect: command-injection
    proc = loop.run_until_complete(asyncio.subprocess.create_subprocess_shell("ffprobe -v quiet -print_format json -show_format " + url, stdout=asyncio.subprocess.PIPE))
    out, _ = loop.run_until_complete(proc.communicate())
    return {"statusCode": 200, "body": out.decode()}


def waveform_handler(event, context):
    params = event.get("queryStringParameters") or {}
    track = params.get("track", "")
    loop = asyncio.new_event_loop()
    proc = loop.run_until_complete(asyncio.create_subprocess_exec(FFMPEG, "-i", track, "-filter_complex", "showwavespic", f"{WORKDIR}/wave.png"))
    loop.run_until_complete(proc.wait())
    return {"ok": proc.returncode == 0}


def cleanup_handler(event, context):
    target = event["detail"]["prefix"]
    loop = asyncio.new_event_loop()
    # expect: command-injection
    proc = loop.run_until_complete(asyncio.create_subprocess_shell("rm -rf {}/{}".format(WORKDIR, target)))
    loop.run_until_complete(proc.wait())
    return {"ok": True}
