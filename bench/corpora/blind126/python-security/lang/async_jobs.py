"""Asyncio runner of user-defined conversion jobs."""
import asyncio
import shlex


class Collect(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.out = bytearray()

    def pipe_data_received(self, fd, data):
        self.out.extend(data)

    def process_exited(self):
        self.done.set_result(bytes(self.out))


async def convert(job):
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"convert {job['source']} -resize {job['size']} {job['target']}")
    return await proc.wait()


async def archive(job):
    cmd = "tar czf " + job["archive"] + " " + job["folder"]
    # expect: command-injection
    proc = await asyncio.subprocess.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out


async def probe(job):
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    # expect: command-injection
    await loop.subprocess_shell(lambda: Collect(done), "ffprobe -hide_banner " + job["source"])
    return await done


async def free_space():
    proc = await asyncio.create_subprocess_shell("df -h /data", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def thumbnail(job):
    proc = await asyncio.create_subprocess_exec("convert", job["source"], "-thumbnail", "128x128", job["target"])
    return await proc.wait()


async def quoted_copy(job):
    cmd = "cp -- %s %s" % (shlex.quote(job["source"]), shlex.quote(job["target"]))
    proc = await asyncio.create_subprocess_shell(cmd)
    return await proc.wait()
