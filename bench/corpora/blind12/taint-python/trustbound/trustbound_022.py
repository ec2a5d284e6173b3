# library: Flask + session f-string
"""session f-string: value from request (view_args)."""
from flask import Flask, request, session


app = Flask(__name__)

ALLOWED = {"guest", "standard", "basic"}


@app.get("/cart/<username>")
def cart_11(username):
    param = request.view_args["username"]
    if param not in ALLOWED:
        return {"error": "value not allowed"}, 400
    bar = param
    session["cart_note"] = f"note: {bar}"
    session.modified = True
    return {"saved": True}
