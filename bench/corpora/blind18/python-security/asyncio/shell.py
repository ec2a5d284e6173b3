"""Async job runner: executes user-defined build steps on a worker."""
import asyncio
import asyncio.subprocess as asp
import shlex


async def run_step(step):
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(step["command"], stdout=asp.PIPE, stderr=asp.PIPE)
    out, err = await proc.communicate()
    return proc.returncode, out, err


async def archive(workspace, name):
    script = "tar czf /artifacts/" + name + ".tgz ."
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(
        script,
        cwd=workspace,
    )
    return await proc.wait()


async def lint(paths):
    # safe: exec variant with separate arguments
    proc = await asyncio.create_subprocess_exec("ruff", "check", *paths, stdout=asp.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def notify(channel, text):
    loop = asyncio.get_running_loop()
    # expect: command-injection
    transport, _ = await loop.subprocess_shell(asyncio.SubprocessProtocol, f"notify-send {channel} '{text}'")
    transport.close()


async def quoted_tag(tag):
    # safe: quoted
    proc = await asyncio.create_subprocess_shell("git tag " + shlex.quote(tag))
    return await proc.wait()


async def main(steps):
    results = []
    for step in steps:
        results.append(await run_step(step))
    return results
