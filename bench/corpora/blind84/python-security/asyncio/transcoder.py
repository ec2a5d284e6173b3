"""Transcoding worker: pulls jobs from the queue and runs the encoder."""
import asyncio
import json
import logging
import shlex
from asyncio import create_subprocess_exec as spawn

log = logging.getLogger("transcoder")
PRESETS = {"web": ["-preset", "fast", "-crf", "28"], "archive": ["-preset", "slow", "-crf", "18"]}


async def run_hook(job):
    # post-processing hook as written by the uploader in the job payload
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("sh", "-c", job["post_hook"])
    return await proc.wait()


async def run_tool(job):
    # the tool name and its flags come straight from the job
    argv = [job["tool"], *shlex.split(job.get("flags", "")), job["input"]]
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec(*argv, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out


async def run_filter(job):
    # expect: command-injection
    proc = await asyncio.subprocess.create_subprocess_exec(
        job["filter_binary"], job["input"], job["output"],
    )
    return await proc.wait()


async def run_custom(job):
    script = f"ffmpeg -i {job['input']} {job['extra_args']} {job['output']}"
    # expect: command-injection
    proc = await spawn("bash", "-c", script)
    return await proc.wait()


async def probe(path):
    proc = await asyncio.create_subprocess_exec(
        "ffprobe", "-v", "error", "-show_format", "-of", "json", path,
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    return json.loads(out)


async def encode(job):
    preset = PRESETS.get(job.get("preset"), PRESETS["web"])
    proc = await asyncio.create_subprocess_exec("ffmpeg", "-y", "-i", job["input"], *preset, job["output"])
    return await proc.wait()


async def cpu_count():
    proc = await asyncio.create_subprocess_exec("sh", "-c", "nproc", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return int(out)


async def handle(raw):
    job = json.loads(raw)
    log.info("job %s", job.get("id"))
    await probe(job["input"])
    return await encode(job)
