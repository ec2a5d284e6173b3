# library: Flask + exec of built source
"""exec of built source: value from request (files[..].filename)."""
from flask import Flask, request


app = Flask(__name__)

RULES = {}


@app.route("/rules", methods=["POST"])
def rules_14():
    upload = request.files["file"]
    param = upload.filename or ""
    num = 99
    bar = "1 + 1" if 7 * 18 + num > 200 else param
    source = "def rule(order):\n    return " + bar
    namespace = {}
    exec(source, namespace)
    RULES["custom"] = namespace["rule"]
    return {"installed": True}
