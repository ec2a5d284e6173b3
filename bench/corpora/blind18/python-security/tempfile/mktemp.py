"""Thumbnail generation for uploaded images."""
import os
import shutil
import subprocess
import tempfile
from tempfile import mktemp

from PIL import Image


def make_thumbnail(data: bytes) -> bytes:
    # expect: temp-file
    src = tempfile.mktemp(suffix=".jpg")
    with open(src, "wb") as fh:
        fh.write(data)
    img = Image.open(src)
    img.thumbnail((256, 256))
    # expect: temp-file
    out = mktemp(suffix=".png", prefix="thumb-")
    img.save(out)
    with open(out, "rb") as fh:
        return fh.read()


def convert_svg(svg: bytes) -> bytes:
    # safe: NamedTemporaryFile
    with tempfile.NamedTemporaryFile(suffix=".svg") as src:
        src.write(svg)
        src.flush()
        # safe: mkstemp
        fd, out = tempfile.mkstemp(suffix=".png")
        os.close(fd)
        subprocess.run(["rsvg-convert", "-o", out, src.name], check=True)
        with open(out, "rb") as fh:
            result = fh.read()
        os.unlink(out)
        return result


def batch_dir():
    # expect: temp-file
    path = tempfile.mktemp(dir="/var/tmp")
    os.mkdir(path)
    return path


def batch_dir_safe():
    # safe: mkdtemp
    return tempfile.mkdtemp(prefix="batch-")


def cleanup(path):
    shutil.rmtree(path, ignore_errors=True)
