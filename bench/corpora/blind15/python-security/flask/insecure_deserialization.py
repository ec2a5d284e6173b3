# library: flask (pickle / marshal on request data)
import base64
import os
import json
import pickle

from flask import Flask, jsonify, request
from itsdangerous import URLSafeSerializer

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["PREFS_SIGNING_KEY"], salt="prefs")


@app.post("/session/restore")
def restore():
    # expect: deserialization
    state = pickle.loads(request.get_data())
    return jsonify(keys=sorted(state))


@app.get("/prefs")
def prefs():
    raw = request.cookies.get("prefs")
    if not raw:
        raw = base64.b64encode(pickle.dumps({})).decode()
    # expect: deserialization
    data = pickle.loads(base64.b64decode(raw))
    return jsonify(data)


@app.get("/prefs/v2")
def prefs_v2():
    data = signer.loads(request.cookies.get("prefs2", signer.dumps({})))
    return jsonify(data)


@app.post("/import")
def import_json():
    return jsonify(json.loads(request.get_data() or b"{}"))
