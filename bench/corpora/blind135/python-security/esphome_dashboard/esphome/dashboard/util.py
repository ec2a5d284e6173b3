"""Process helpers used by the command websockets."""
import asyncio
import shlex


async def run_command_line(parts):
    # expect: command-injection
    return await asyncio.create_subprocess_shell(" ".join(parts), stdout=asyncio.subprocess.PIPE)


async def run_command_quoted(parts):
    line = " ".join(shlex.quote(p) for p in parts)
    return await asyncio.create_subprocess_shell(line, stdout=asyncio.subprocess.PIPE)


async def run_command_argv(parts):
    return await asyncio.create_subprocess_exec(*parts, stdout=asyncio.subprocess.PIPE)
