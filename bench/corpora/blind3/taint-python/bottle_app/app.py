"""Bottle micro-app for the kiosk screens."""

import sqlite3
import subprocess

from bottle import Bottle, redirect, request, response, static_file, template

app = Bottle()
DB = "/srv/kiosk/kiosk.db"
SCREENS = {"lobby", "cafeteria", "lab"}


@app.get("/screen/<name>")
def screen(name):
    conn = sqlite3.connect(DB)
    # expect: sql-injection
    rows = conn.execute("SELECT slide FROM slides WHERE screen = '%s' ORDER BY pos" % name).fetchall()
    return {"slides": [r[0] for r in rows]}


@app.get("/screen-safe/<name>")
def screen_safe(name):
    conn = sqlite3.connect(DB)
    rows = conn.execute("SELECT slide FROM slides WHERE screen = ? ORDER BY pos", (name,)).fetchall()
    return {"slides": [r[0] for r in rows]}


@app.get("/static/<path:path>")
def static(path):
    return static_file(path, root="/srv/kiosk/static")


@app.get("/say")
def say():
    msg = request.query.get("msg", "")
    # expect: template-injection
    return template("<marquee>" + msg + "</marquee>")


@app.get("/say-safe")
def say_safe():
    return template("<marquee>{{msg}}</marquee>", msg=request.query.get("msg", ""))


@app.post("/reboot")
def reboot():
    screen_name = request.forms.get("screen")
    if screen_name not in SCREENS:
        response.status = 400
        return "unknown screen"
    subprocess.run(["ssh", f"kiosk-{screen_name}", "sudo", "reboot"], check=False)
    return "ok"


@app.get("/back")
def back():
    # expect: open-redirect
    redirect(request.query.get("to", "/"))
