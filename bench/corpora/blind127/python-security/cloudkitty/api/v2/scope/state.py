"""Scope state: operators reset scopes; a scope may carry its own fetcher source."""
import flask
import flask_restful

from cloudkitty.fetcher import source as fetcher_source
from cloudkitty.writer import csv_map


class ScopeState(flask_restful.Resource):
    def put(self):
        body = flask.request.get_json() or {}
        scopes = fetcher_source.scopes_from(body.get("fetcher_url"))
        return {"scopes": scopes}

    def get(self):
        tenant = flask.request.args.get("tenant_id", "")
        return flask.Response(csv_map.read_report(tenant), mimetype="text/csv")
