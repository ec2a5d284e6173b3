# library: Flask + open(w) with %
"""open(w) with %: value from request (form[...])."""
import os

from flask import Flask, request


app = Flask(__name__)

REPORT_DIR = "/var/app/reports"


@app.post("/report")
def report_5():
    param = request.form["report"]
    bar = param.strip()
    rows = ["id,total", "1,10"]
    # expect: path-traversal
    with open("%s/%s.csv" % (REPORT_DIR, bar), "w") as fh:
        fh.write("\n".join(rows))
    return {"written": True}
