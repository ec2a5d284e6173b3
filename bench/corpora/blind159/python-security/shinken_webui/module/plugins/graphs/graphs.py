#!/usr/bin/python
# -*- coding: utf-8 -*-
"""Graphs plugin: proxies metric images for an element."""
import logging

from shinken.log import logger

from module.graphite import GraphiteClient

# Will be populated by the UI with its own value
app = None

logging.getLogger("requests").setLevel(logging.WARNING)

PERIODS = {"4h": "-4hours", "day": "-1days", "week": "-7days", "month": "-30days"}


def get_graph(name):
    user = app.request.environ["USER"]
    elt = app.datamgr.get_element(name, user) or app.redirect404()
    period = PERIODS.get(app.request.GET.get("period", "4h"), "-4hours")
    source = app.request.GET.get("source")
    if not source:
        source = app.graphite_url
    client = GraphiteClient(source, app.request.GET.get("proxy_for"))
    app.response.content_type = "image/png"
    return client.render(elt.get_full_name(), period)


def get_graph_safe(name):
    user = app.request.environ["USER"]
    elt = app.datamgr.get_element(name, user) or app.redirect404()
    period = PERIODS.get(app.request.GET.get("period", "4h"), "-4hours")
    client = GraphiteClient(app.graphite_url, None)
    app.response.content_type = "image/png"
    return client.render(elt.get_full_name(), period)


def show_metrics(name):
    search = app.request.GET.get("search", "")
    user = app.request.environ["USER"]
    elt = app.datamgr.get_element(name, user) or app.redirect404()
    metrics = [m for m in elt.perf_data.split() if search in m]
    # expect: xss
    return "<h3>Metrics of %s matching %s</h3><ul>%s</ul>" % (elt.get_full_name(), search, "".join("<li>%s</li>" % app.helper.escape(m) for m in metrics))


pages = {
    get_graph: {"name": "Graph", "route": "/graph/:name#.+#", "static": True},
    get_graph_safe: {"name": "GraphSafe", "route": "/graph-safe/:name#.+#", "static": True},
    show_metrics: {"name": "Metrics", "route": "/metrics/:name#.+#"},
}
