"""Imports a saved dashboard layout as JSON."""
import base64
import json

from flask import Flask, request

app = Flask(__name__)


@app.post("/dashboards/import")
def import_layout():
    blob = base64.b64decode(request.form["layout"])
    layout = json.loads(blob)
    return {"widgets": len(layout.get("widgets", []))}
