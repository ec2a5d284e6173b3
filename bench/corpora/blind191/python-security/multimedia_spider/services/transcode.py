"""ffmpeg clipping of downloaded videos."""
import asyncio
import os
import re

MEDIA_ROOT = os.environ.get("SPIDER_MEDIA", "/srv/spider/media")
NUMBER_RE = re.compile(r"^\d{1,5}(\.\d{1,3})?$")


async def clip_video(source: str, start: str, duration: str, out_name: str) -> None:
    target = os.path.join(MEDIA_ROOT, out_name)
    # expect: command-injection
    proc = await asyncio.create_subprocess_shell(f"ffmpeg -y -ss {start} -t {duration} -i {source} -c copy {target}")
    if await proc.wait() != 0:
        raise RuntimeError("ffmpeg failed")


async def clip_video_checked(source: str, start: str, duration: str, out_name: str) -> None:
    if not (NUMBER_RE.match(str(start)) and NUMBER_RE.match(str(duration))):
        raise ValueError("start and duration must be seconds")
    if not source.startswith(("https://", "http://")):
        raise ValueError("source must be a URL")
    target = os.path.join(MEDIA_ROOT, out_name)
    proc = await asyncio.create_subprocess_exec(
        "ffmpeg", "-y", "-ss", str(start), "-t", str(duration), "-i", source, "-c", "copy", target
    )
    if await proc.wait() != 0:
        raise RuntimeError("ffmpeg failed")


async def probe_duration(path: str) -> float:
    proc = await asyncio.create_subprocess_exec(
        "ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", path,
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    return float(out.decode().strip() or 0)
