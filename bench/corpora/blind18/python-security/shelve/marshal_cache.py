"""Compiled-template cache shared via an uploads volume."""
import json
import marshal
import os
import shelve

from flask import Flask, request

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.post("/cache/code")
def load_code():
    blob = request.files["code"].read()
    # expect: deserialization
    code = marshal.loads(blob)
    return {"names": list(code.co_names)}


@app.post("/cache/shelf")
def open_shelf():
    name = os.path.basename(request.form["name"])
    path = os.path.join(UPLOADS, name)
    request.files["shelf"].save(path)
    # expect: deserialization
    with shelve.open(path) as db:
        return {key: str(db[key]) for key in db}


@app.post("/cache/code/file")
def load_code_file():
    fh = request.files["code"].stream
    # expect: deserialization
    code = marshal.load(fh)
    return {"names": list(code.co_names)}


def write_code(code, path):
    # safe: writing
    with open(path, "wb") as fh:
        marshal.dump(code, fh)


@app.get("/cache/meta")
def meta():
    # safe: JSON from our own volume
    with open(os.path.join(UPLOADS, "meta.json")) as fh:
        return json.load(fh)
