"""Lambda that converts uploaded media with tools shipped in a layer."""
import os
import shlex

FFMPEG = "/opt/bin/ffmpeg"
PRESETS = {"web": ["-vf", "scale=1280:-2", "-c:v", "libx264"], "thumb": ["-vframes", "1", "-vf", "scale=320:-2"]}


def _local(key):
    return os.path.join("/tmp", os.path.basename(key))


def handler(event, context):
    record = event["Records"][0]["s3"]
    src = _local(record["object"]["key"])
    preset = event.get("preset", "web")
    args = [FFMPEG, "-y", "-i", src] + PRESETS.get(preset, PRESETS["web"]) + [src + ".mp4"]
    os.spawnv(os.P_WAIT, FFMPEG, args)
    return {"ok": True}


def custom_filter_handler(event, context):
    vf = event["filter"]
    # expect: command-injection
    status = os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", f"{FFMPEG} -i /tmp/in.mp4 -vf {vf} /tmp/out.mp4")
    return {"status": status}


def tool_handler(event, context):
    tool = event.get("tool", "ffprobe")
    # expect: command-injection
    pid = os.spawnvp(os.P_NOWAIT, tool, [tool, "-v", "error", "/tmp/in.mp4"])
    return {"pid": pid}


def batch_handler(event, context):
    script = " && ".join(step["cmd"] for step in event["steps"])
    # expect: command-injection
    os.spawnv(os.P_WAIT, "/bin/bash", ["bash", "-c", script])
    return {"steps": len(event["steps"])}


def posix_handler(event, context):
    binary = os.path.join("/opt/bin", event["binary"])
    # expect: command-injection
    pid = os.posix_spawn(binary, [binary, "--version"], dict(os.environ))
    return {"pid": pid}


def quoted_handler(event, context):
    name = shlex.quote(_local(event["key"]))
    status = os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", "gzip -9 " + name)
    return {"status": status}


def version_handler(event, context):
    return {"status": os.spawnl(os.P_WAIT, FFMPEG, "ffmpeg", "-version")}
