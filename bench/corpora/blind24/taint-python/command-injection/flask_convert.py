"""Document conversion endpoint."""
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/convert")
def convert():
    payload = request.get_json(force=True)
    opts = {"fmt": payload.get("format", "pdf"), "src": payload["file"]}
    cmd = "soffice --headless --convert-to %(fmt)s %(src)s" % opts
    # expect: command-injection
    subprocess.Popen(cmd, shell=True).wait()
    return {"ok": True}
