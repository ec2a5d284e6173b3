import flask
from flask import Blueprint, request
from flask_classful import route
from marshmallow import Schema, fields

from ..models import Vulnerability
from .base import GenericWorkspacedView

vulns_api = Blueprint("vulns_api", __name__)
ORDER_FIELDS = {"severity": "severity", "name": "name", "date": "create_date"}


class VulnerabilitySchema(Schema):
    name = fields.String(required=True)
    desc = fields.String(load_default="")
    severity = fields.String(load_default="info")
    refs = fields.List(fields.String(), load_default=list)


class VulnerabilityView(GenericWorkspacedView):
    route_base = "vulns"
    schema_class = VulnerabilitySchema

    def index(self, workspace_name):
        ws = self._get_workspace(workspace_name)
        sort = request.args.get("sort", "severity")
        direction = "DESC" if request.args.get("sort_dir") == "desc" else "ASC"
        column = ORDER_FIELDS.get(sort, "severity")
        return flask.jsonify(Vulnerability.list_sorted(ws.id, column, direction))

    @route("filter")
    def filter(self, workspace_name):
        ws = self._get_workspace(workspace_name)
        group_by = request.args.get("group_by")
        return flask.jsonify(Vulnerability.grouped(ws.id, group_by or "severity"))

    def post(self, workspace_name):
        ws = self._get_workspace(workspace_name)
        data = self._parse_data(self.schema_class(), request)
        vuln = Vulnerability.create(ws.id, **data)
        return flask.jsonify({"id": vuln}), 201


VulnerabilityView.register(vulns_api)
