# library: flask + subprocess (image conversion)
import os
import shlex
import subprocess

from flask import Blueprint, abort, request, send_file

bp = Blueprint("thumbs", __name__)
MEDIA = "/srv/media"
SIZES = {"s": "64x64", "m": "256x256", "l": "1024x1024"}


def _build_cmd(src: str, size: str) -> str:
    return f"convert {MEDIA}/{src} -resize {size} /tmp/thumb.png"


@bp.get("/thumb")
def thumb():
    name = request.args.get("img", "")
    size = request.args.get("size")
    if size is None:
        size = "128x128"
    cmd = _build_cmd(name, size)
    # expect: command-injection
    subprocess.run(cmd, shell=True, check=True)
    return send_file("/tmp/thumb.png", mimetype="image/png")


@bp.get("/thumb/v2")
def thumb_safe():
    name = os.path.basename(request.args.get("img", ""))
    size = SIZES.get(request.args.get("size", "m"))
    if not name or size is None:
        abort(400)
    subprocess.run(["convert", os.path.join(MEDIA, name), "-resize", size, "/tmp/thumb.png"], check=True)
    return send_file("/tmp/thumb.png", mimetype="image/png")


@bp.get("/thumb/v3")
def thumb_quoted():
    name = shlex.quote(os.path.join(MEDIA, os.path.basename(request.args.get("img", ""))))
    subprocess.run(f"convert {name} -resize 128x128 /tmp/thumb.png", shell=True, check=True)
    return send_file("/tmp/thumb.png", mimetype="image/png")
