# library: Flask (request data vs. route methods)
"""Newsletter subscription endpoints."""
from flask import Flask, jsonify, request

from .mail import subscribe

app = Flask(__name__)


@app.route("/subscribe", methods=["GET"])
def subscribe_get():
    # expect: request-wrong-method
    email = request.form["email"]
    subscribe(email)
    return jsonify(ok=True)


@app.route("/subscribe", methods=["POST"])
def subscribe_post():
    email = request.form["email"]
    subscribe(email)
    return jsonify(ok=True)


@app.get("/unsubscribe")
def unsubscribe():
    # expect: request-wrong-method
    token = request.get_json()["token"]
    return jsonify(token=token)


@app.get("/preview")
def preview():
    return jsonify(email=request.args.get("email", ""))
