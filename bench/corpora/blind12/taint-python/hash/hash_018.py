# library: Flask + hashlib / bcrypt
"""upload checksum: values from the form."""
import hashlib

from flask import Flask, abort, request


app = Flask(__name__)


@app.post("/verify")
def verify_9():
    bar = request.form.get("sha", "")
    body = request.files["file"].read()
    checksum = hashlib.sha256(body).hexdigest()
    if checksum != bar:
        abort(400)
    return {"verified": True}
