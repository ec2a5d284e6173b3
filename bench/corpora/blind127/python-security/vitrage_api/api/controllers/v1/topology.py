"""Topology and alarm controllers (pecan), shaped on OpenStack Vitrage's v1 API."""
import json

import pecan
from pecan import rest
from pecan.core import abort

from vitrage_api.api.policy import enforce

SORT_FIELDS = {"name": "name", "time": "update_timestamp", "severity": "vitrage_operational_severity"}


class TopologyController(rest.RestController):
    @pecan.expose("json")
    def post(self, depth=None, graph_type="graph", query=None, root=None, all_tenants=False):
        enforce("get topology", pecan.request.headers, pecan.request.enforcer, {})
        if query and not isinstance(query, dict):
            query = json.loads(query)
        return pecan.request.client.call(
            pecan.request.context, "get_topology",
            graph_type=graph_type, depth=depth, query=query, root=root, all_tenants=all_tenants)


class AlarmsController(rest.RestController):
    @pecan.expose("json")
    def get_all(self, **kwargs):
        vitrage_id = kwargs.get("vitrage_id", "all")
        sort_by = kwargs.get("sort_by", "time")
        sort_column = SORT_FIELDS.get(sort_by)
        if sort_column is None:
            sort_column = sort_by
        return pecan.request.storage.alarms.query(vitrage_id=vitrage_id, sort_by=sort_column,
                                                  limit=int(kwargs.get("limit", 1000)))

    @pecan.expose("json")
    def history(self, **kwargs):
        sort_column = SORT_FIELDS.get(kwargs.get("sort_by", "time"), "update_timestamp")
        return pecan.request.storage.alarms.query(vitrage_id="all", sort_by=sort_column)


class WebhookController(rest.RestController):
    @pecan.expose("json")
    def post(self, **kwargs):
        body = pecan.request.json
        if not body.get("url"):
            abort(400, "url is required")
        return pecan.request.storage.webhooks.create(url=body["url"], regex_filter=body.get("regex_filter", ""))


class EventController(rest.RestController):
    @pecan.expose("json")
    def post(self, **kwargs):
        body = pecan.request.json
        details = body.get("details", {})
        return pecan.request.client.call(pecan.request.context, "post", event_type=body.get("type"), details=details)
