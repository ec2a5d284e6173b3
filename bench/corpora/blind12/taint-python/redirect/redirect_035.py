# library: Flask + redirect (host)
"""redirect (host): value from request (get_json[...])."""
from flask import Flask, redirect, request


app = Flask(__name__)

ALLOWED = {"/dashboard", "/account", "/help"}


@app.route("/oauth", methods=["POST"])
def oauth_18():
    data = request.get_json()
    param = str(data["return_to"])
    if not param:
        return {"error": "missing value"}, 400
    bar = param
    # expect: open-redirect
    return redirect(f"https://{bar}/oauth/callback")
