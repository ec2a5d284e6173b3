import os
from datetime import timedelta

from flask import Flask, jsonify, make_response, redirect, render_template, request, session, url_for
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
# expect: hardcoded-secret
app.secret_key = "dev-key-9f8e7d6c5b4a"
app.config.update(
    PERMANENT_SESSION_LIFETIME=timedelta(hours=8),
    SESSION_COOKIE_SAMESITE="Lax",
    # expect: insecure-cookie
    SESSION_COOKIE_SECURE=False,
)
csrf = CSRFProtect(app)


@app.route("/")
def index():
    return render_template("index.html", user=session.get("user"))


@app.route("/lang/<code>")
def set_language(code):
    resp = make_response(redirect(url_for("index")))
    if code in ("en", "fr", "de"):
        resp.set_cookie("lang", code, max_age=365 * 24 * 3600, samesite="Lax")
    return resp


@app.route("/login", methods=["POST"])
def login():
    user = authenticate(request.form["username"], request.form["password"])
    if user is None:
        return render_template("login.html", error="Invalid credentials"), 401
    resp = make_response(redirect(url_for("index")))
    # expect: insecure-cookie
    resp.set_cookie("remember_token", user.remember_token, max_age=30 * 24 * 3600)
    session["user"] = user.id
    return resp


@app.route("/logout")
def logout():
    session.clear()
    resp = make_response(redirect(url_for("index")))
    resp.delete_cookie("remember_token")
    return resp


@app.route("/api/prefs", methods=["POST"])
def save_prefs():
    resp = jsonify(ok=True)
    resp.set_cookie("prefs_token", request.json.get("token", ""), secure=True, httponly=True, samesite="Strict")
    return resp


def authenticate(username, password):
    from accounts.service import check_credentials

    return check_credentials(username, password)


if __name__ == "__main__":
    # expect: debug-enabled
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 5000)), debug=True)
