"""Stores a user preference in the session, known keys only."""
from flask import Flask, abort, request, session

app = Flask(__name__)
PREF_KEYS = {"theme", "density", "timezone"}


@app.post("/prefs")
def save_pref():
    key = request.form.get("key", "theme")
    if key not in PREF_KEYS:
        abort(400)
    session[f"pref_{key}"] = request.form.get("value", "")[:64]
    return {"ok": True}
