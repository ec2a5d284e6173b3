"""Reviewed counterparts of the device resources."""
import json
import re

import yaml
from flask_restx import Namespace, Resource, abort

from . import netutils, store
from .parsers import config_parser, lookup_parser, ping_parser

ns = Namespace("devices-v2", description="Device operations (reviewed)")
UNIT_RE = re.compile(r"^[a-z0-9-]{1,32}$")
COLUMNS = {"site", "vendor", "model"}


@ns.route("/ping")
class Ping(Resource):
    def post(self):
        args = ping_parser.parse_args()
        try:
            out = netutils.ping_checked(args["host"], args["count"])
        except ValueError:
            abort(400, "host must be an IP address")
        return {"output": out}


@ns.route("/uptime")
class Uptime(Resource):
    def get(self):
        return {"uptime": netutils.uptime()}


@ns.route("/")
class DeviceList(Resource):
    def get(self):
        args = lookup_parser.parse_args()
        rows = store.find_devices_bound(args["name"], args.get("site"))
        return [list(r) for r in rows]


@ns.route("/values/<column>")
class ColumnValues(Resource):
    def get(self, column):
        if column not in COLUMNS:
            abort(404)
        return [r[0] for r in store.column_values(column)]


@ns.route("/config")
class DeviceConfig(Resource):
    def post(self):
        args = config_parser.parse_args()
        if args["format"] == "yaml":
            return yaml.safe_load(args["blob"])
        return json.loads(args["blob"])
