"""Older Flask-RESTful endpoints still mounted under /api/v0."""
import logging

from flask import Flask, redirect, request, session
from flask_restful import Api, Resource, reqparse

app = Flask(__name__)
app.config.from_envvar("DEVICES_SETTINGS")
api = Api(app, prefix="/api/v0")
log = logging.getLogger("devices.v0")

ROLES = {"viewer", "operator"}


class Login(Resource):
    def post(self):
        parser = reqparse.RequestParser()
        parser.add_argument("role", default="viewer")
        args = parser.parse_args()
        # expect: trust-boundary
        session["role"] = args["role"]
        return {"ok": True}


class LoginChecked(Resource):
    def post(self):
        parser = reqparse.RequestParser()
        parser.add_argument("role", default="viewer")
        args = parser.parse_args()
        role = args["role"] if args["role"] in ROLES else "viewer"
        session["role"] = role
        return {"ok": True}


class Handoff(Resource):
    def get(self):
        dest = request.args.get("to")
        if dest is None:
            dest = "/dashboard"
        log.info("handoff requested")
        # expect: open-redirect
        return redirect(dest)


class HandoffLocal(Resource):
    def get(self):
        dest = request.args.get("to", "")
        if not dest.startswith("/") or dest.startswith("//"):
            dest = "/dashboard"
        return redirect(dest)


api.add_resource(Login, "/login")
api.add_resource(LoginChecked, "/login-checked")
api.add_resource(Handoff, "/handoff")
api.add_resource(HandoffLocal, "/handoff-local")
