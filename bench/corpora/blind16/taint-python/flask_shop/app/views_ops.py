import shlex
import subprocess

from flask import request

from . import app
from .helpers import clamp_int, get_form


@app.post("/ops/thumbnails")
def thumbnails():
    names = request.form.getlist("image")
    cmd = "convert"
    for name in names:
        cmd += " /srv/shop/img/" + name
    cmd += " -resize 200x200 /srv/shop/thumbs/sheet.png"
    # expect: command-injection
    subprocess.run(cmd, shell=True, check=True)
    return {"ok": True}


@app.post("/ops/thumbnails-safe")
def thumbnails_safe():
    names = request.form.getlist("image")
    cmd = "convert"
    for name in names:
        cmd += " " + shlex.quote("/srv/shop/img/" + name)
    cmd += " -resize 200x200 /srv/shop/thumbs/sheet.png"
    subprocess.run(cmd, shell=True, check=True)
    return {"ok": True}


@app.post("/ops/rotate")
def rotate():
    degrees = clamp_int(get_form(request, "degrees"), 0, 359, 90)
    subprocess.run(f"mogrify -rotate {degrees} /srv/shop/img/latest.png", shell=True, check=True)
    return {"ok": True}


@app.post("/ops/ping")
def ping():
    host = get_form(request, "host") or "localhost"
    # expect: command-injection
    out = subprocess.check_output("ping -c 1 %s" % host, shell=True)
    return {"out": out.decode()}
