"""Preferences import (Bottle)."""
import yaml
from bottle import post, request


@post("/prefs/import")
def import_prefs():
    text = request.forms.get("prefs", "")
    # expect: deserialization
    prefs = yaml.load(text, Loader=yaml.Loader)
    return {"keys": sorted(prefs)}
