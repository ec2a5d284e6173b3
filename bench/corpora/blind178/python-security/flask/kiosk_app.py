"""In-store kiosk: staff sign in with a badge PIN; the session carries their role."""
import os

from flask import Flask, abort, jsonify, request, session

from .staff import check_badge_pin

# expect: insecure-cookie
app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["KIOSK_SECRET_KEY"]
app.config["SESSION_COOKIE_HTTPONLY"] = True
app.config["SESSION_COOKIE_SAMESITE"] = "Strict"
app.config["SESSION_COOKIE_NAME"] = "kiosk"


@app.route("/badge", methods=["POST"])
def badge_login():
    staff = check_badge_pin(request.json["badge"], request.json["pin"])
    if staff is None:
        abort(401)
    session["staff_id"] = staff.id
    session["role"] = staff.role
    return jsonify(name=staff.first_name, role=staff.role)


@app.route("/refund/<int:order_id>", methods=["POST"])
def refund(order_id):
    if session.get("role") not in {"manager", "supervisor"}:
        abort(403)
    return jsonify(order=order_id, queued=True)


@app.route("/badge/out", methods=["POST"])
def badge_logout():
    session.clear()
    return "", 204
