"""Background jobs that turn uploaded media into thumbnails and previews."""
import logging
import shlex
import subprocess
from pathlib import Path

from .queue import job
from .storage import media_root, preview_root

log = logging.getLogger(__name__)

FFMPEG = "/usr/bin/ffmpeg"
CONVERT = "/usr/bin/convert"


@job("thumbnails")
def make_image_thumbnail(upload):
    src = media_root() / upload.stored_name
    dest = preview_root() / f"{upload.id}.jpg"
    subprocess.run([CONVERT, str(src), "-thumbnail", "320x320", str(dest)], check=True, timeout=60)
    return dest


@job("thumbnails")
def make_video_poster(upload):
    # the original file name comes from the browser, e.g. "holiday clip.mp4"
    src = media_root() / upload.original_name
    dest = preview_root() / f"{upload.id}-poster.jpg"
    # expect: command-injection
    subprocess.check_call(f"{FFMPEG} -y -ss 3 -i '{src}' -frames:v 1 {dest}", shell=True, timeout=120)
    return dest


@job("previews")
def make_gif_preview(upload, caption):
    src = media_root() / upload.stored_name
    dest = preview_root() / f"{upload.id}.gif"
    drawtext = "drawtext=text=" + caption + ":x=10:y=10"
    # expect: command-injection
    subprocess.Popen(FFMPEG + " -i " + str(src) + " -vf " + drawtext + " -t 4 " + str(dest), shell=True).wait()
    return dest


@job("previews")
def make_waveform(upload):
    src = media_root() / upload.stored_name
    dest = preview_root() / f"{upload.id}-wave.png"
    cmd = "{} -i {} -filter_complex showwavespic=s=640x120 -frames:v 1 {}".format(
        FFMPEG, shlex.quote(str(src)), shlex.quote(str(dest))
    )
    subprocess.run(cmd, shell=True, check=True, timeout=120)
    return dest


def purge_tmp_frames():
    subprocess.run("find /var/tmp/frames -name '*.png' -mmin +60 -delete", shell=True, check=False)


def ffmpeg_version():
    out = subprocess.run([FFMPEG, "-version"], capture_output=True, text=True, check=True)
    return out.stdout.splitlines()[0]


def probe_duration(path: Path) -> float:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
        capture_output=True, text=True, check=True, timeout=30,
    )
    log.debug("probe %s -> %s", path.name, out.stdout.strip())
    return float(out.stdout.strip() or 0)
