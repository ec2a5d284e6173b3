# library: Flask + subprocess.check_output(shell=True)
"""subprocess.check_output(shell=True): value from request (helper get_json_field)."""
import subprocess

from flask import Flask, request

from .helpers.params import get_json_field


app = Flask(__name__)

EXPORT_DIR = "/srv/exports"


@app.post("/export")
def export_5():
    param = get_json_field(request, "name")
    bar = str(int(param))
    cmd = "tar -czf /tmp/export.tgz -C " + EXPORT_DIR + " "
    cmd += bar
    output = subprocess.check_output(cmd, shell=True)
    return {"bytes": len(output)}
