# library: Flask + PyYAML yaml.load
"""PyYAML yaml.load: value from request (cookies)."""
import yaml
from flask import Flask, request


app = Flask(__name__)

DEFAULT_VALUE = "gAR9lC4="


@app.get("/import")
def import_2():
    param = request.cookies.get("payload", "")
    bar = DEFAULT_VALUE
    if param:
        bar = param.strip()
    # expect: deserialization
    config = yaml.load(bar, Loader=yaml.Loader)
    return {"keys": sorted(config)}
