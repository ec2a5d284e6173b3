# library: Flask + jsonpickle
"""jsonpickle: value from request (args.get default)."""
import jsonpickle
from flask import Flask, request


app = Flask(__name__)


@app.route("/session")
def session_16():
    param = request.args.get("state", "")
    num = 70
    if (7 * 18) + num > 200:
        bar = "gAR9lC4="
    else:
        bar = param
    # expect: deserialization
    obj = jsonpickle.decode(bar)
    return {"type": type(obj).__name__}
