"""Thumbnail files under the static thumbnails directory."""
import os
import re

from baselayer.app.env import load_env
from baselayer.log import make_log

log = make_log("thumbnail")
_, cfg = load_env()

THUMBNAIL_TYPES = {"new", "ref", "sub", "sdss", "dr8", "ps1", "ls"}
OBJ_ID_RE = re.compile(r"^[A-Za-z0-9_.+-]{1,64}$")


def thumbnail_dir():
    return os.path.join(cfg["paths.thumbnail_path"], "thumbnails")


def save_thumbnail(obj_id, ttype, image):
    path = os.path.join(thumbnail_dir(), f"{obj_id}_{ttype}.png")
    log(f"Writing thumbnail {path}")
    # expect: path-traversal
    with open(path, "wb") as handle:
        handle.write(image)
    return path


def save_thumbnail_checked(obj_id, ttype, image):
    if ttype not in THUMBNAIL_TYPES or not OBJ_ID_RE.match(obj_id):
        raise ValueError("invalid thumbnail")
    path = os.path.join(thumbnail_dir(), f"{obj_id}_{ttype}.png")
    with open(path, "wb") as handle:
        handle.write(image)
    return path


def remove_thumbnails(obj_id):
    for ttype in THUMBNAIL_TYPES:
        path = os.path.join(thumbnail_dir(), f"{obj_id}_{ttype}.png")
        if os.path.exists(path):
            os.remove(path)
