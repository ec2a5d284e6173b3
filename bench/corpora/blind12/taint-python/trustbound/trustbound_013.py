# library: Flask + session f-string
"""session f-string: value from request (args.get default)."""
from flask import Flask, request, session


app = Flask(__name__)

ALLOWED = {"guest", "standard", "basic"}


@app.route("/cart")
def cart_7():
    param = request.args.get("theme", "")
    if not param:
        return {"error": "missing value"}, 400
    bar = param
    # expect: trust-boundary
    session["cart_note"] = f"note: {bar}"
    session.modified = True
    return {"saved": True}
