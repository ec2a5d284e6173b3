"""Where gallery images live and how thumbnails are made."""
import os
import subprocess
from pathlib import Path

MEDIA_ROOT = Path(os.environ.get("GALLERY_ROOT", "/srv/gallery"))
SIZES = {"small": "160x160", "medium": "480x480", "large": "1024x1024"}


def album_dir(album):
    return MEDIA_ROOT / album


def image_path(album, filename):
    return os.path.join(MEDIA_ROOT, album, filename)


def checked_image_path(album, filename):
    root = MEDIA_ROOT.resolve()
    path = (root / album / filename).resolve()
    if root not in path.parents:
        raise FileNotFoundError(filename)
    return path


def make_thumbnail(src, size):
    geometry = SIZES.get(size, SIZES["small"])
    out = f"{src}.{geometry}.jpg"
    subprocess.run(["convert", str(src), "-thumbnail", geometry, out], check=True, timeout=60)
    return out


def make_thumbnail_shell(src, geometry):
    out = f"{src}.thumb.jpg"
    # expect: command-injection
    subprocess.check_call("convert '%s' -thumbnail %s '%s'" % (src, geometry, out), shell=True)
    return out
