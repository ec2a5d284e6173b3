"""Thumbnails and transcodes through ImageMagick and ffmpeg."""
import asyncio
import logging
import shlex

from . import settings

log = logging.getLogger("media.processing")


class ProcessingError(RuntimeError):
    pass


async def _run_shell(cmd: str) -> None:
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise ProcessingError(err.decode(errors="replace")[-500:])


async def _run_args(*args: str) -> None:
    proc = await asyncio.create_subprocess_exec(*args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise ProcessingError(err.decode(errors="replace")[-500:])


async def make_thumbnail(src, dest, geometry, extra=""):
    """convert SRC -thumbnail GEOMETRY [extra] DEST, run through the shell."""
    cmd = f"{settings.CONVERT_BIN} {shlex.quote(str(src))} -thumbnail {geometry}"
    if extra:
        cmd += " " + extra
    cmd += " " + shlex.quote(str(dest))
    await _run_shell(cmd)
    return dest


async def make_thumbnail_args(src, dest, size_name):
    geometry = settings.THUMB_SIZES.get(size_name, settings.THUMB_SIZES["small"])
    await _run_args(settings.CONVERT_BIN, str(src), "-thumbnail", geometry, str(dest))
    return dest


async def transcode(src, dest, preset):
    args = settings.VIDEO_PRESETS.get(preset)
    if args is None:
        raise ProcessingError(f"unknown preset {preset!r}")
    await _run_args(settings.FFMPEG_BIN, "-y", "-i", str(src), *args, str(dest))
    return dest


async def poster_frame(src, dest, at):
    try:
        seconds = float(at)
    except (TypeError, ValueError):
        seconds = 1.0
    cmd = f"{settings.FFMPEG_BIN} -y -ss {seconds:.2f} -i {shlex.quote(str(src))} -frames:v 1 {shlex.quote(str(dest))}"
    proc = await asyncio.create_subprocess_shell(cmd)
    await proc.wait()
    return dest
