"""Media conversion helpers used by the upload worker."""
import logging
import shlex
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

FFMPEG = "/usr/bin/ffmpeg"
PRESETS = {"720p": "scale=-2:720", "1080p": "scale=-2:1080"}


def probe_duration(path: Path) -> float:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
        capture_output=True, text=True, check=True,
    )
    return float(out.stdout.strip() or 0)


def transcode(src: str, dest: str, preset: str) -> None:
    scale = PRESETS.get(preset, PRESETS["720p"])
    # expect: command-injection
    subprocess.call(f"{FFMPEG} -y -i {src} -vf {scale} {dest}", shell=True)
    log.info("transcoded %s -> %s", src, dest)


def thumbnail(src: str, dest: str, at_second: int) -> None:
    subprocess.run([FFMPEG, "-y", "-ss", str(int(at_second)), "-i", src, "-frames:v", "1", dest], check=True)


def watermark(src: str, dest: str, text: str) -> None:
    # expect: command-injection
    subprocess.check_call(FFMPEG + " -y -i " + src + " -vf drawtext=text='" + text + "' " + dest, shell=True)


def extract_audio(src: str, dest: str) -> None:
    cmd = f"{FFMPEG} -y -i {shlex.quote(src)} -vn -acodec copy {shlex.quote(dest)}"
    subprocess.run(cmd, shell=True, check=True)


def concat(listing: str, dest: str, codec: str) -> str:
    # expect: command-injection
    out = subprocess.check_output("%s -f concat -safe 0 -i %s -c %s %s" % (FFMPEG, listing, codec, dest), shell=True)
    return out.decode()


def disk_free() -> str:
    return subprocess.check_output("df -h /var/media", shell=True, text=True)
