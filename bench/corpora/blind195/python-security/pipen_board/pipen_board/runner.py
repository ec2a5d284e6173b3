"""Launch the pipeline from the board with the options a user edited."""
import asyncio
import os
import shlex
import sys

PIPELINE = os.environ.get("PIPEN_PIPELINE", "pipeline.py")


async def launch(extra_args: str, log_path: str):
    cmd = f"{sys.executable} {PIPELINE} {extra_args} > {shlex.quote(log_path)} 2>&1"
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(cmd)
    return proc.pid


async def launch_argv(options: dict, log_path: str):
    argv = [sys.executable, PIPELINE]
    for key, value in options.items():
        if not key.replace("_", "").replace(".", "").isalnum():
            raise ValueError(f"bad option {key!r}")
        argv += [f"--{key}", str(value)]
    log = open(log_path, "wb")
    proc = await asyncio.create_subprocess_exec(*argv, stdout=log, stderr=asyncio.subprocess.STDOUT)
    return proc.pid


def coerce(value: str):
    """Turn a form value into a number or bool where it looks like one."""
    lowered = value.strip().lower()
    if lowered in {"true", "false"}:
        return lowered == "true"
    try:
        return int(value)
    except ValueError:
        pass
    try:
        return float(value)
    except ValueError:
        return value
