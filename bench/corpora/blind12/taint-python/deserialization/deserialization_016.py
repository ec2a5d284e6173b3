# library: Flask + PyYAML yaml.load
"""PyYAML yaml.load: value from request (files[..].filename)."""
import yaml
from flask import Flask, request


app = Flask(__name__)


@app.post("/import")
def import_8():
    upload = request.files["file"]
    param = upload.filename or ""
    mapping = {}
    mapping["keyA"] = "gAR9lC4="
    mapping["keyB"] = param
    mapping["keyC"] = "gAR9lC4="
    bar = mapping["keyA"]
    config = yaml.load(bar, Loader=yaml.Loader)
    return {"keys": sorted(config)}
