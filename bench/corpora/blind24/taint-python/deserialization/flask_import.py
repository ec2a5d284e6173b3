"""Imports a saved dashboard layout."""
import base64
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/dashboards/import")
def import_layout():
    blob = base64.b64decode(request.form["layout"])
    # expect: deserialization
    layout = pickle.loads(blob)
    return {"widgets": len(layout.get("widgets", []))}
