# library: Flask + pickle (raw body)
"""pickle (raw body): value from request (args.get + guard)."""
import pickle

from flask import Flask, request


app = Flask(__name__)

ALLOWED = {"gAR9lC4=", "gAR9lC4=", "gAR9lC4="}


@app.route("/jobs")
def jobs_11():
    param = request.args.get("state")
    if not param:
        param = ""
    if not param:
        return {"error": "missing value"}, 400
    bar = param
    # expect: deserialization
    job = pickle.loads(bar.encode("latin-1"))
    return {"job": str(job)}
