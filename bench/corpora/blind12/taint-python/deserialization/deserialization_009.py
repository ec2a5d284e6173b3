# library: Flask + pickle (raw body)
"""pickle (raw body): value from request (get_data)."""
import pickle

from flask import Flask, request


app = Flask(__name__)


@app.post("/jobs")
def jobs_5():
    param = request.get_data(as_text=True)
    num = 50
    if (7 * 18) + num > 200:
        bar = "gAR9lC4="
    else:
        bar = param
    # expect: deserialization
    job = pickle.loads(bar.encode("latin-1"))
    return {"job": str(job)}
