"""Preferences import (Bottle), safe loader."""
import yaml
from bottle import post, request


@post("/prefs/import")
def import_prefs():
    text = request.forms.get("prefs", "")
    prefs = yaml.load(text, Loader=yaml.SafeLoader)
    return {"keys": sorted(prefs)}
