"""Transcode worker: takes jobs from the upload queue (file names and options are what uploaders chose)."""
import asyncio
import os
import shlex

FFMPEG = "/usr/bin/ffmpeg"
OUT_DIR = os.environ.get("MEDIA_OUT", "/srv/media/out")
PRESETS = {"720p": ["-vf", "scale=-2:720", "-crf", "23"], "480p": ["-vf", "scale=-2:480", "-crf", "26"]}


async def transcode(job):
    src = os.path.join("/srv/media/in", os.path.basename(job["file"]))
    dst = os.path.join(OUT_DIR, os.path.splitext(os.path.basename(job["file"]))[0] + ".mp4")
    args = PRESETS.get(job.get("preset"), PRESETS["720p"])
    proc = await asyncio.create_subprocess_exec(FFMPEG, "-y", "-i", src, *args, dst)
    return await proc.wait()


async def thumbnail(job):
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("/bin/sh", "-c", f"ffmpeg -ss {job['at']} -i /srv/media/in/{job['file']} -frames:v 1 {OUT_DIR}/{job['id']}.jpg")
    return await proc.wait()


async def watermark(job):
    text = shlex.quote(job["watermark"])
    src = shlex.quote(os.path.join("/srv/media/in", os.path.basename(job["file"])))
    proc = await asyncio.create_subprocess_exec("/bin/sh", "-c", f"ffmpeg -i {src} -vf drawtext=text={text} {OUT_DIR}/wm.mp4")
    return await proc.wait()


async def run_filter(job):
    # the job's "tool" field chooses the binary
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec(job["tool"], *job.get("args", []), stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out


async def probe(path):
    proc = await asyncio.create_subprocess_exec("ffprobe", "-v", "error", "-show_format", path, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def cleanup():
    proc = await asyncio.create_subprocess_exec("/bin/sh", "-c", "find /srv/media/out -mtime +7 -delete")
    return await proc.wait()
