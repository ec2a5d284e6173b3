"""Queue worker that runs the media tools a job asks for."""
import asyncio
import json
import logging
import shlex
from asyncio import subprocess as aio_sp

log = logging.getLogger("transcode")

FFPROBE = "ffprobe"


class Transcoder:
    def __init__(self, config):
        self.ffmpeg_bin = config.get("ffmpeg", "ffmpeg")
        self.hooks = config.get("hooks", {})

    async def run_tool(self, job):
        argv = job["argv"]
        # expect: command-injection
        proc = await asyncio.create_subprocess_exec(*argv, stdout=asyncio.subprocess.PIPE)
        out, _ = await proc.communicate()
        return out

    async def transcode(self, src, dst, preset):
        # expect: command-injection
        proc = await asyncio.create_subprocess_exec(self.ffmpeg_bin, preset, src, dst)
        return await proc.wait()

    async def post_hook(self, job):
        script = f"{self.hooks.get(job['kind'], 'true')} {job['output']}"
        # expect: command-injection
        proc = await asyncio.create_subprocess_exec("/bin/sh", "-c", script)
        return await proc.wait()

    async def thumbnail(self, job):
        opts = job.get("thumb_opts", "-vframes 1")
        proc = await aio_sp.create_subprocess_exec(
            self.ffmpeg_bin,
            # expect: command-injection
            *shlex.split(opts),
            job["src"],
            job["thumb"],
        )
        return await proc.wait()

    async def probe(self, path):
        proc = await asyncio.create_subprocess_exec(
            FFPROBE, "-v", "error", "-show_format", "-of", "json", "--", path,
            stdout=asyncio.subprocess.PIPE,
        )
        out, _ = await proc.communicate()
        return json.loads(out)

    async def cpu_count(self):
        proc = await asyncio.create_subprocess_exec("sh", "-c", "nproc", stdout=asyncio.subprocess.PIPE)
        out, _ = await proc.communicate()
        return int(out)


async def main(queue, config):
    worker = Transcoder(config)
    while True:
        job = await queue.get()
        log.info("job %s", job.get("id"))
        await worker.run_tool(job)
