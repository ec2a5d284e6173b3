"""A Bottle micro-app that fronts the label printer and the stock database."""
import os
import sqlite3
import subprocess

from bottle import Bottle, HTTPResponse, abort, redirect, request, response, static_file, template

app = Bottle()
DB = "/srv/labels/labels.db"
LABELS = "/srv/labels/files"


def q(name, default=""):
    return request.query.get(name, default)


@app.get("/labels")
def labels():
    owner = q("owner")
    conn = sqlite3.connect(DB)
    # expect: tainted-sql
    rows = conn.execute("SELECT id, name FROM labels WHERE owner = '%s'" % owner).fetchall()
    return {"labels": rows}


@app.get("/labels2")
def labels_safe():
    conn = sqlite3.connect(DB)
    rows = conn.execute("SELECT id, name FROM labels WHERE owner = ?", (q("owner"),)).fetchall()
    return {"labels": rows}


@app.get("/labels/<name>")
def label_file(name):
    return static_file(name, root=LABELS)


@app.get("/raw")
def raw_file():
    name = q("name")
    # expect: tainted-path
    return open(LABELS + "/" + name, "rb").read()


@app.post("/print")
def print_label():
    label_id = request.forms.get("id")
    # expect: tainted-command
    os.system("lp -d zebra " + LABELS + "/" + label_id + ".zpl")
    return {"ok": True}


@app.post("/print2")
def print_label_safe():
    label_id = int(request.forms.get("id"))
    subprocess.run(["lp", "-d", "zebra", f"{LABELS}/{label_id}.zpl"], check=True)
    return {"ok": True}


@app.get("/preview")
def preview():
    tpl = request.query.tpl
    # expect: tainted-template
    return template(tpl, user="guest")


@app.get("/preview2")
def preview_named():
    return template("preview", title=request.query.title)


@app.get("/go")
def go():
    # expect: tainted-redirect
    redirect(request.query.get("url", "/"))
