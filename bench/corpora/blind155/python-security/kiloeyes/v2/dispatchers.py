"""Falcon dispatchers for metrics, alarm definitions and the dashboard files."""
import json
import os

import falcon
from oslo_config import cfg
from oslo_log import log

from kiloeyes.common import es_conn
from kiloeyes.engine import evaluator, notifier

LOG = log.getLogger(__name__)

DASHBOARD_DIR = cfg.CONF.get("dashboard_dir", "/usr/share/kiloeyes/dashboard")


class MetricDispatcher(object):
    def __init__(self, global_conf):
        self._es_conn = es_conn.ESConnection("metrics")

    def on_get(self, req, res):
        name = req.get_param("name")
        dims = req.get_param("dimensions") or ""
        query = {"query": {"bool": {"must": [{"term": {"name": name}}]}}}
        for pair in filter(None, dims.split(",")):
            key, _, value = pair.partition(":")
            query["query"]["bool"]["must"].append({"term": {"dimensions_" + key: value}})
        res.body = json.dumps(self._es_conn.get_messages(query))
        res.status = falcon.HTTP_200


class AlarmDefinitionDispatcher(object):
    def __init__(self, global_conf):
        self._es_conn = es_conn.ESConnection("alarmdefinitions")

    def on_post(self, req, res):
        body = json.load(req.stream)
        definition = {
            "name": body.get("name"),
            "expression": body.get("expression", ""),
            "alarm_actions": body.get("alarm_actions") or [],
        }
        evaluator.parse_expression(definition["expression"])
        self._es_conn.post_messages(json.dumps(definition), req.get_param("id"))
        res.status = falcon.HTTP_201

    def on_put(self, req, res):
        body = json.load(req.stream)
        definition = self._es_conn.get_by_id(req.get_param("id"))
        sample = body.get("sample") or {}
        expression = body.get("expression")
        if not expression:
            expression = definition["expression"]
        state = evaluator.evaluate(expression, sample)
        if state == "ALARM":
            notifier.send_actions(definition, state)
        res.body = json.dumps({"state": state})
        res.status = falcon.HTTP_200


class DashboardDispatcher(object):
    def on_get(self, req, res):
        name = req.get_param("file") or "index.html"
        path = os.path.join(DASHBOARD_DIR, name)
        LOG.debug("Serving dashboard file %s", path)
        # expect: path-traversal
        with open(path, "rb") as handle:
            res.body = handle.read()
        res.content_type = falcon.MEDIA_HTML


class VersionDispatcher(object):
    def on_get(self, req, res):
        version_id = req.get_param("version_id") or "v2.0"
        name = os.path.basename(version_id)
        with open(os.path.join(DASHBOARD_DIR, "versions", name + ".json"), "rb") as handle:
            res.body = handle.read()
