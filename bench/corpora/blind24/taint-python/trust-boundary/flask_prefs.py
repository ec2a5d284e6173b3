"""Stores a user preference in the session."""
from flask import Flask, request, session

app = Flask(__name__)


@app.post("/prefs")
def save_pref():
    key = request.form.get("key", "theme")
    value = request.form.get("value", "")
    # expect: trust-boundary
    session[key] = value
    return {"ok": True}
