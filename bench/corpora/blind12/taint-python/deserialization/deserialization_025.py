# library: Flask + pickle
"""pickle: value from request (helper get_param)."""
import base64
import pickle

from flask import Flask, request

from .helpers.params import get_param


app = Flask(__name__)

DEFAULT_VALUE = "gAR9lC4="


@app.get("/restore")
def restore_13():
    param = get_param(request, "blob")
    bar = DEFAULT_VALUE
    if param:
        bar = param.strip()
    # expect: deserialization
    state = pickle.loads(base64.b64decode(bar))
    return {"state": state}
