"""Runs maintenance jobs queued by the scheduler."""
import asyncio
import shlex
from asyncio import create_subprocess_shell as shell


class ShellProtocol(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done

    def process_exited(self):
        self.done.set_result(True)


async def run_job(job):
    cmd = f"{job['tool']} --target {job['target']}"
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out


async def run_with_protocol(command_line):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    transport, _ = await loop.subprocess_shell(lambda: ShellProtocol(done), command_line)
    await done
    transport.close()


class Worker:
    def __init__(self, queue):
        self.queue = queue

    async def handle(self):
        argv = await self.queue.get()
        # expect: command-injection
        proc = await shell(" ".join(argv))
        return await proc.wait()

    async def archive(self, path):
        # expect: command-injection
        proc = await asyncio.subprocess.create_subprocess_shell("tar czf /backups/latest.tgz " + path)
        return await proc.wait()


async def disk_usage():
    proc = await asyncio.create_subprocess_shell("df -h /", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def compress(path):
    proc = await asyncio.create_subprocess_exec("gzip", "--", path)
    return await proc.wait()


async def checksum(path):
    proc = await asyncio.create_subprocess_shell("sha256sum -- " + shlex.quote(path), stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.split()[0]
