"""The shop front-end, still carrying code from Flask 0.x days."""
import json

import flask
from flask import Flask, request
from flask.testing import make_test_environ_builder

application = Flask(__name__)
app = application
# expect: deprecated-api
app.config.from_json("settings.json")


@application.before_request
def load_session():
    # expect: deprecated-api
    flask.g.legacy_session = application.open_session(request)


@application.route("/module")
def current_module():
    # expect: deprecated-api
    return flask.request.module or "none"


def make_environ(path):
    # expect: deprecated-api
    builder = make_test_environ_builder(application, path)
    return builder.get_environ()


def has_json():
    # expect: deprecated-api
    return flask.json_available


def load_config():
    app.config.from_file("settings.json", load=json.load)


def current_session():
    return app.session_interface.open_session(app, request)
