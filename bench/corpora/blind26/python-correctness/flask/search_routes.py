"""Search endpoints."""
import flask
from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/search", methods=["GET"])
def search():
    # expect: request-body-in-get
    params = flask.request.json
    return jsonify({"q": params.get("q")})


@app.route("/filters", methods=["GET"])
def filters():
    # expect: request-body-in-get
    form = flask.request.form
    return jsonify(dict(form))


@app.route("/search", methods=["POST"])
def search_post():
    params = flask.request.json
    return jsonify({"q": params.get("q")})


@app.route("/lookup", methods=["GET"])
def lookup():
    term = flask.request.args.get("q", "")
    return jsonify({"q": term})
