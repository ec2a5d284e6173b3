"""Runs media tools for uploaded jobs through asyncio subprocess protocols."""
import asyncio
import json
import os
import shlex


class CollectOutput(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.buf = bytearray()

    def pipe_data_received(self, fd, data):
        self.buf.extend(data)

    def process_exited(self):
        self.done.set_result(bytes(self.buf))


TOOLS_DIR = os.environ.get("MEDIA_TOOLS_DIR", "/opt/media/bin")


async def probe(path):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    await loop.subprocess_exec(lambda: CollectOutput(done), "ffprobe", "-v", "quiet", "-print_format", "json", "-show_streams", path)
    return json.loads(await done)


async def run_filter(job):
    """Runs the filter chain a user typed into the job form."""
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    chain = "ffmpeg -i %s -vf '%s' %s" % (job.source, job.filter_expr, job.target)
    # expect: command-injection
    transport, _ = await loop.subprocess_exec(lambda: CollectOutput(done), "sh", "-c", chain)
    out = await done
    transport.close()
    return out


async def run_tool(job):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    program = os.path.join(TOOLS_DIR, job.tool_name)
    # expect: command-injection
    await loop.subprocess_exec(lambda: CollectOutput(done), program, job.source, job.target)
    return await done


async def run_hook(job):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    await loop.subprocess_exec(lambda: CollectOutput(done), *shlex.split(job.post_hook))
    return await done


async def disk_free():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    await loop.subprocess_exec(lambda: CollectOutput(done), "sh", "-c", "df -h /var/media | tail -1")
    return (await done).decode()
