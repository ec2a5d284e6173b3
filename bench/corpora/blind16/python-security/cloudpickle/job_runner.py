# library: cloudpickle
import base64

import cloudpickle
from flask import Flask, request

app = Flask(__name__)
RESULTS = {}


def build_job(fn, *args):
    return base64.b64encode(cloudpickle.dumps((fn, args))).decode()


@app.post("/jobs")
def submit():
    payload = request.get_json()["job"]
    # expect: deserialization
    fn, args = cloudpickle.loads(base64.b64decode(payload))
    RESULTS[len(RESULTS)] = fn(*args)
    return {"id": len(RESULTS) - 1}


@app.post("/jobs/upload")
def upload():
    blob = request.files["job"].read()
    # expect: deserialization
    job = cloudpickle.loads(blob)
    return {"name": getattr(job, "__name__", "job")}


@app.get("/jobs/example")
def example():
    return {"job": build_job(sum, [1, 2, 3])}
