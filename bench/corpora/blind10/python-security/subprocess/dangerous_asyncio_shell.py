# library: asyncio subprocess (create_subprocess_shell / create_subprocess_exec)
"""Async helpers for the repository mirror service."""
import asyncio
import shlex


async def clone(repo_url, dest):
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"git clone --depth 1 {repo_url} {dest}")
    return await proc.wait()


async def clone_safe(repo_url, dest):
    proc = await asyncio.create_subprocess_exec("git", "clone", "--depth", "1", "--", repo_url, dest)
    return await proc.wait()


async def disk_free(path):
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell("du -sh " + path, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def disk_free_quoted(path):
    proc = await asyncio.create_subprocess_shell("du -sh " + shlex.quote(path), stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def uptime():
    proc = await asyncio.create_subprocess_shell("uptime", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode().strip()
