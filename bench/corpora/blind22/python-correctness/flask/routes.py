"""Routes of the status page app."""
import functools

from flask import Flask, g, jsonify, request

app = Flask(__name__)


def login_required(view):
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        if g.get("user") is None:
            return jsonify(error="login"), 401
        return view(*args, **kwargs)
    return wrapped


@app.route("/status")
def status():
    return jsonify(ok=True)


@app.route("/incidents")
@login_required
def incidents():
    return jsonify([])


# expect: route-decorator-order
@login_required
@app.route("/admin")
def admin():
    return jsonify(admin=True)


@app.route("/components")
def components():
    return jsonify([])


# expect: duplicate-route
@app.route("/components/all")
def components():
    return jsonify(["api", "web"])


@app.before_request
def load_user():
    g.user = request.headers.get("X-User")


@app.route("/subscribe", methods=["POST"])
def subscribe():
    email = request.form.get("email")
    return jsonify(email=email)
