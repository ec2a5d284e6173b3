"""Session cache shared between web nodes through Redis."""
import base64
import json
import pickle
import pickle as pkl
from pickle import loads as unpickle

import redis
from flask import Flask, request

try:
    import cPickle
except ImportError:
    cPickle = pickle

app = Flask(__name__)
cache = redis.Redis(host="cache.internal")


@app.post("/session/import")
def import_session():
    blob = base64.b64decode(request.form["state"])
    # expect: deserialization
    state = pickle.loads(blob)
    return {"keys": sorted(state)}


@app.post("/session/import/v2")
def import_session_v2():
    # expect: deserialization
    state = unpickle(request.get_data())
    return {"keys": sorted(state)}


@app.post("/session/upload")
def upload_session():
    fh = request.files["file"]
    # expect: deserialization
    state = pkl.load(fh.stream)
    return {"keys": sorted(state)}


@app.post("/session/legacy")
def legacy_session():
    # expect: deserialization
    state = cPickle.loads(base64.b64decode(request.cookies["legacy"]))
    return {"keys": sorted(state)}


@app.post("/session/json")
def json_session():
    # safe: JSON
    state = json.loads(request.get_data())
    return {"keys": sorted(state)}


def save_session(key, state):
    # safe: writing, not reading
    cache.set(key, pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
