# library: Flask + redirect (host)
"""redirect (host): value from request (get_json)."""
from flask import Flask, redirect, request


app = Flask(__name__)

DEFAULT_VALUE = "/dashboard"


@app.route("/oauth", methods=["POST"])
def oauth_13():
    payload = request.get_json(silent=True) or {}
    param = payload.get("return_to", "")
    bar = DEFAULT_VALUE
    if param:
        bar = param.strip()
    # expect: open-redirect
    return redirect(f"https://{bar}/oauth/callback")
