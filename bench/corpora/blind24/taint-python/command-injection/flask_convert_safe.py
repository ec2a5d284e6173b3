"""Document conversion endpoint, list argv."""
import subprocess

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
FORMATS = {"pdf", "docx", "odt"}


@app.post("/convert")
def convert():
    payload = request.get_json(force=True)
    fmt = payload.get("format", "pdf")
    if fmt not in FORMATS:
        abort(400)
    src = secure_filename(payload["file"])
    subprocess.Popen(["soffice", "--headless", "--convert-to", fmt, src]).wait()
    return {"ok": True}
