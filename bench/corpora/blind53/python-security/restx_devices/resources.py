"""Flask-RESTX resources for device operations."""
import pickle
import base64

import yaml
from flask import request
from flask_restx import Namespace, Resource

from . import netutils, store
from .parsers import config_parser, lookup_parser, ping_parser

ns = Namespace("devices", description="Device operations")


@ns.route("/ping")
class Ping(Resource):
    def post(self):
        args = ping_parser.parse_args()
        return {"output": netutils.ping(args["host"], args["count"])}


@ns.route("/trace/<string:target>")
class Trace(Resource):
    def get(self, target):
        return {"output": netutils.traceroute(target)}


@ns.route("/agents/<unit>/restart")
class RestartAgent(Resource):
    def post(self, unit):
        return {"rc": netutils.restart_agent(unit)}


@ns.route("/")
class DeviceList(Resource):
    def get(self):
        args = lookup_parser.parse_args()
        rows = store.find_devices(args["name"], args.get("site"))
        return [dict(zip(("id", "name", "site", "ip"), r)) for r in rows]


@ns.route("/config")
class DeviceConfig(Resource):
    def post(self):
        args = config_parser.parse_args()
        blob = args["blob"]
        if args["format"] == "yaml":
            # expect: deserialization
            return yaml.load(blob, Loader=yaml.Loader)
        return {"raw": blob}


@ns.route("/state")
class DeviceState(Resource):
    def put(self):
        token = request.headers.get("X-Device-State", "")
        raw = base64.b64decode(token)
        # expect: deserialization
        state = pickle.loads(raw)
        return {"keys": sorted(state)}
