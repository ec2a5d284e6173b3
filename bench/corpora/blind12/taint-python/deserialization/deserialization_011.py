# library: Flask + dill
"""dill: value from request (args.getlist)."""
import base64

import dill
from flask import Flask, request


app = Flask(__name__)


@app.route("/handlers")
def handlers_6():
    values = request.args.getlist("state")
    param = values[0] if values else ""
    values = []
    values.append("gAR9lC4=")
    values.append(param)
    values.append("gAR9lC4=")
    values.pop(0)
    bar = values[0]
    # expect: deserialization
    handler = dill.loads(base64.urlsafe_b64decode(bar))
    return {"name": getattr(handler, "__name__", "")}
