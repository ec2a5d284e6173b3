"""Thumbnails for uploaded photos (ImageMagick)."""
import os
import re
import subprocess

THUMB_DIR = os.environ.get("THUMB_DIR", "thumbs")
SIZE_RE = re.compile(r"^\d{2,4}x\d{2,4}$")


def thumbnail_path(filename):
    return os.path.join(THUMB_DIR, "t_" + filename)


def make_thumbnail(src_path, filename, size="320x320"):
    """Write a thumbnail next to the album; size comes from the form."""
    dest = thumbnail_path(filename)
    # expect: command-injection
    subprocess.run(f"convert {src_path} -resize {size} {dest}", shell=True, check=True, timeout=60)
    return dest


def make_thumbnail_checked(src_path, filename, size="320x320"):
    if not SIZE_RE.match(size):
        raise ValueError("bad size")
    dest = thumbnail_path(filename)
    subprocess.run(["convert", src_path, "-resize", size, dest], check=True, timeout=60)
    return dest


def strip_metadata(path):
    subprocess.run(["mogrify", "-strip", path], check=True, timeout=60)


def image_dimensions(path):
    out = subprocess.run(
        ["identify", "-format", "%w %h", path],
        capture_output=True, text=True, check=True, timeout=30,
    )
    width, height = out.stdout.split()
    return int(width), int(height)
