"""Falcon application serving Addok's geocoding API (``addok/http/base.py``)."""
import html
import json

import falcon

from addok.config import config, hooks
from addok.core import reverse, search
from addok.db import DB
from addok.ds import get_document


class View:
    config = config

    def match_filters(self, req) -> dict:
        filters = {}
        for name in config.FILTERS:
            values = req.get_param_as_list(name) or []
            if values:
                filters[name] = [v.strip() for v in values if v.strip()][: config.MAX_FILTER_VALUES]
        return filters

    def to_geojson(self, req, resp, results, query=None, filters=None, center=None, limit=None):
        body = {"type": "FeatureCollection", "version": "draft", "features": [r.format() for r in results],
                "attribution": config.ATTRIBUTION, "licence": config.LICENCE}
        if query:
            body["query"] = query
        if filters:
            body["filters"] = filters
        if center:
            body["center"] = center
        if limit:
            body["limit"] = limit
        resp.text = json.dumps(body)
        resp.content_type = falcon.MEDIA_JSON


class Search(View):
    def on_get(self, req, resp, **kwargs):
        query = req.get_param("q")
        if not query:
            raise falcon.HTTPBadRequest(title="Missing query", description='Missing "q" parameter')
        limit = req.get_param_as_int("limit", min_value=1, max_value=100) or 5
        autocomplete = req.get_param_as_bool("autocomplete", default=True)
        lat = req.get_param_as_float("lat")
        lon = req.get_param_as_float("lon") or req.get_param_as_float("lng")
        center = (lat, lon) if lat is not None and lon is not None else None
        filters = self.match_filters(req)
        results = search(query, limit=limit, autocomplete=autocomplete, lat=lat, lon=lon, **filters)
        self.to_geojson(req, resp, results, query=query, filters=filters, center=center, limit=limit)


class Reverse(View):
    def on_get(self, req, resp, **kwargs):
        lat = req.get_param_as_float("lat", required=True)
        lon = req.get_param_as_float("lon", required=True)
        limit = req.get_param_as_int("limit", min_value=1, max_value=100) or 1
        results = reverse(lat=lat, lon=lon, limit=limit, **self.match_filters(req))
        self.to_geojson(req, resp, results, center=(lat, lon), limit=limit)


class Get(View):
    def on_get(self, req, resp, doc_id):
        document = get_document(doc_id)
        if document is None:
            raise falcon.HTTPNotFound()
        resp.media = document


class Demo(View):
    """Tiny HTML page used to try the API from a browser."""

    def on_get(self, req, resp):
        query = req.get_param("q") or ""
        resp.content_type = falcon.MEDIA_HTML
        title = html.escape(config.ATTRIBUTION)
        # expect: xss
        resp.text = f"<html><head><title>{title}</title></head><body><form><input name='q' value='{query}'></form><div id='results'></div><script src='/static/demo.js'></script></body></html>"


class App(falcon.App):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, cors_enable=True, **kwargs)
        self.add_route("/search", Search())
        self.add_route("/reverse", Reverse())
        self.add_route("/get/{doc_id}", Get())
        self.add_route("/demo", Demo())
        hooks.register_http_endpoint(self)
