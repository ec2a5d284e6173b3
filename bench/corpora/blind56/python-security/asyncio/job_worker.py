"""Queue worker that runs maintenance jobs with asyncio subprocesses."""
import asyncio
import logging
from asyncio import create_subprocess_shell as shell

log = logging.getLogger(__name__)

DISK_REPORT = "df -h --output=source,pcent"


class TailProtocol(asyncio.SubprocessProtocol):
    def pipe_data_received(self, fd, data):
        log.info("tail: %s", data.decode(errors="replace").rstrip())


class Job:
    def __init__(self, message):
        self.command = message["command"]
        self.target = message.get("target", "")

    async def run(self):
        # expect: command-injection
        proc = await asyncio.subprocess.create_subprocess_shell(self.command, stdout=asyncio.subprocess.PIPE)
        out, _ = await proc.communicate()
        return proc.returncode, out


async def compress(path, level):
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"gzip -{level} {path}")
    return await proc.wait()


async def follow(path):
    loop = asyncio.get_running_loop()
    # expect: command-injection
    transport, _ = await loop.subprocess_shell(TailProtocol, "tail -n 50 -f " + path)
    return transport


async def run_pipeline(parts):
    # expect: command-injection
    proc = await shell(" | ".join(parts))
    return await proc.wait()


async def disk_report():
    proc = await asyncio.create_subprocess_shell(DISK_REPORT, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def uptime():
    proc = await asyncio.create_subprocess_shell("uptime", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode().strip()


async def handle(message):
    job = Job(message)
    code, out = await job.run()
    log.info("job finished rc=%s bytes=%d", code, len(out))
