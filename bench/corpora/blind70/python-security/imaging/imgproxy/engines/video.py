"""Convert animated GIFs to video with ffmpeg."""
import logging
import os
import re
import subprocess
import tempfile

logger = logging.getLogger(__name__)

GIFV_RE = re.compile(r"gifv\(([^)]*)\)")
CODECS = {"webm": ("libvpx", "webm"), "mp4": ("libx264", "mp4"), "": ("libx264", "mp4")}


def requested_format(filters):
    match = GIFV_RE.search(filters or "")
    return match.group(1) if match else None


def convert(context, gif_bytes):
    fmt = requested_format(context.request.filters)
    if fmt is None:
        return gif_bytes
    src = tempfile.NamedTemporaryFile(suffix=".gif", delete=False)
    src.write(gif_bytes)
    src.close()
    out = src.name + ".out"
    cmd = f"{context.config.FFMPEG_PATH} -y -i {src.name} -f {fmt} {out}"
    # expect: command-injection
    subprocess.run(cmd, shell=True, check=True, timeout=60)
    with open(out, "rb") as f:
        data = f.read()
    os.unlink(src.name)
    os.unlink(out)
    return data


def convert_checked(context, gif_bytes):
    fmt = requested_format(context.request.filters)
    if fmt is None or fmt not in CODECS:
        return gif_bytes
    codec, container = CODECS[fmt]
    with tempfile.TemporaryDirectory() as workdir:
        src = os.path.join(workdir, "in.gif")
        out = os.path.join(workdir, f"out.{container}")
        with open(src, "wb") as f:
            f.write(gif_bytes)
        subprocess.run([context.config.FFMPEG_PATH, "-y", "-i", src, "-c:v", codec, out], check=True, timeout=60)
        with open(out, "rb") as f:
            return f.read()
