import flask
from flask import Flask, Response, make_response, request

app = Flask(__name__)
COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "Lax", "max_age": 3600}


@app.route("/login", methods=["POST"])
def login():
    resp = make_response({"ok": True})
    # expect: cookie-flags
    resp.set_cookie("session_id", request.form["sid"])
    return resp


@app.route("/cart/<cart_id>")
def cart(cart_id):
    resp = flask.make_response("", 204)
    # expect: cookie-flags
    resp.set_cookie("cart_id", cart_id, max_age=31536000, secure=True)
    return resp


@app.route("/remember", methods=["POST"])
def remember():
    resp = Response("saved", mimetype="text/plain")
    # expect: cookie-flags
    resp.set_cookie(
        "remember_token",
        request.form["token"],
        httponly=True,
        max_age=30 * 24 * 3600,
    )
    return resp


@app.route("/refresh", methods=["POST"])
def refresh():
    out = flask.Response(status=204)
    # expect: cookie-flags
    out.set_cookie(key="refresh_token", value=request.form["refresh"], samesite="Lax")
    return out


@app.route("/login-safe", methods=["POST"])
def login_safe():
    resp = make_response({"ok": True})
    resp.set_cookie("session_id", request.form["sid"], secure=True, httponly=True, samesite="Lax")
    return resp


@app.route("/consent", methods=["POST"])
def consent():
    resp = make_response({"ok": True})
    resp.set_cookie("consent", "yes", **COOKIE_OPTS)
    return resp


@app.route("/logout")
def logout():
    resp = make_response("", 204)
    resp.delete_cookie("session_id")
    return resp
