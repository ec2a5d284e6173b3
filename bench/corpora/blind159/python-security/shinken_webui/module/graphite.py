# -*- coding: utf-8 -*-
"""Small client for a Graphite render API."""
import logging

import requests

logger = logging.getLogger(__name__)


class GraphiteClient(object):
    def __init__(self, base_url, proxy_for=None):
        self.base_url = base_url.rstrip("/")
        self.proxy_for = proxy_for

    def render(self, target, period):
        params = {"target": target.replace(" ", "_"), "from": period, "format": "png"}
        # expect: ssrf
        response = requests.get(self.base_url + "/render", params=params, timeout=20)
        if response.status_code != 200:
            logger.warning("graphite answered %s", response.status_code)
            return b""
        return response.content

    def metrics_find(self, query):
        response = requests.get("http://127.0.0.1:8080/metrics/find", params={"query": query}, timeout=20)
        return response.json()

    def metrics_for_element(self, element_name):
        prefix = element_name.replace(" ", "_").replace(".", "_")
        found = self.metrics_find(prefix + ".*")
        return [m["id"] for m in found if m.get("leaf")]
