"""Transcoding worker driven by jobs pulled from the queue."""
import asyncio
import shlex

from .queue import next_job


class CaptureProtocol(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.output = bytearray()

    def pipe_data_received(self, fd, data):
        self.output.extend(data)

    def process_exited(self):
        self.done.set_result(bytes(self.output))


async def transcode(job):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    args = ["ffmpeg", "-y", "-i", job["source"], "-preset", job.get("preset", "fast"), job["target"]]
    await loop.subprocess_exec(lambda: CaptureProtocol(done), *args)
    return await done


async def run_hook(job):
    loop = asyncio.get_event_loop()
    done = loop.create_future()
    # expect: command-injection
    await loop.subprocess_exec(lambda: CaptureProtocol(done), "bash", "-c", job["post_hook"])
    return await done


async def run_custom_step(job):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    await loop.subprocess_exec(lambda: CaptureProtocol(done), *shlex.split(job["custom_command"]))
    return await done


async def thumbnail(job, size):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    transport, _ = await loop.subprocess_exec(
        lambda: CaptureProtocol(done),
        "sh", "-c", f"convert {job['source']} -resize {size} {job['thumb']}",
    )
    return await done


async def probe_version():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    await loop.subprocess_exec(lambda: CaptureProtocol(done), "ffmpeg", "-version")
    return await done


async def disk_free():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    await loop.subprocess_exec(lambda: CaptureProtocol(done), "sh", "-c", "df -h /srv/media | tail -1")
    return await done


async def main():
    print(await probe_version(), await disk_free())
    while True:
        job = await next_job()
        await transcode(job)
        if job.get("post_hook"):
            await run_hook(job)
        if job.get("custom_command"):
            await run_custom_step(job)
        await thumbnail(job, shlex.quote(job.get("size", "320x240")))


if __name__ == "__main__":
    asyncio.run(main())
