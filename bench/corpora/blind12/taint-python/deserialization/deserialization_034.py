# library: Flask + pickle (raw body)
"""pickle (raw body): value from request (get_json[...])."""
import pickle

from flask import Flask, request


app = Flask(__name__)


@app.route("/jobs", methods=["POST"])
def jobs_17():
    data = request.get_json()
    param = str(data["payload"])
    values = []
    values.append("gAR9lC4=")
    values.append(param)
    values.append("gAR9lC4=")
    values.pop(0)
    bar = values[1]
    job = pickle.loads(bar.encode("latin-1"))
    return {"job": str(job)}
