# library: Flask + redirect (host)
"""redirect (host): value from request (get_json[...])."""
from flask import Flask, redirect, request


app = Flask(__name__)

ALLOWED = {"/dashboard", "/account", "/help"}


@app.route("/oauth", methods=["POST"])
def oauth_18():
    data = request.get_json()
    param = str(data["return_to"])
    if param not in ALLOWED:
        return {"error": "value not allowed"}, 400
    bar = param
    return redirect(f"https://{bar}/oauth/callback")
