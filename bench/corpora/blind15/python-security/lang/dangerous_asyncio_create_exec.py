# library: asyncio (create_subprocess_exec)
import asyncio
import shlex


async def run_hook(hook_script: str, repo: str):
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("bash", "-c", f"{hook_script} {repo}")
    return await proc.wait()


async def convert(src: str, fmt: str):
    # expect: command-injection
    proc = await asyncio.create_subprocess_exec("/bin/sh", "-c", "convert " + src + " out." + fmt)
    return await proc.wait()


async def convert_safe(src: str, fmt: str):
    proc = await asyncio.create_subprocess_exec("convert", "--", src, f"out.{fmt}")
    return await proc.wait()


async def archive(path: str):
    proc = await asyncio.create_subprocess_exec("sh", "-c", f"tar czf backup.tgz -- {shlex.quote(path)}")
    return await proc.wait()


async def disk_usage():
    proc = await asyncio.create_subprocess_exec("df", "-h", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()
