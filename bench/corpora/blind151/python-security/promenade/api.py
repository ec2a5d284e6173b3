"""Falcon resources of the cluster bootstrap API."""
import logging

import falcon

from . import design_ref as dr
from .kube import label_node, label_node_argv
from .builder import render_join_script

LOG = logging.getLogger(__name__)


class BaseResource:
    def return_error(self, resp, status, message):
        resp.status = status
        resp.media = {"message": message}


class JoinScriptsResource(BaseResource):
    def on_get(self, req, resp):
        design_ref = req.get_param("design_ref", required=True)
        hostname = req.get_param("hostname", required=True)
        ip = req.get_param("ip", required=True)
        labels = req.get_param_as_list("labels.dynamic") or []
        documents = dr.get_documents(design_ref)
        resp.text = render_join_script(documents, hostname=hostname, ip=ip, labels=labels)
        resp.content_type = "text/x-shellscript"


class ValidateDesignResource(BaseResource):
    def on_post(self, req, resp):
        body = req.get_media()
        href = body.get("href")
        if not href:
            return self.return_error(resp, falcon.HTTP_400, "href is required")
        documents = dr.get_documents_unsafe(href)
        resp.media = {"status": "Success", "count": len(documents)}


class NodeLabelsResource(BaseResource):
    def on_put(self, req, resp, hostname):
        labels = req.get_media() or {}
        if req.get_param_as_bool("strict"):
            label_node_argv(hostname, labels)
        else:
            label_node(hostname, labels)
        resp.media = {"hostname": hostname}


def start_api():
    app = falcon.App()
    app.add_route("/api/v1.0/join-scripts", JoinScriptsResource())
    app.add_route("/api/v1.0/validatedesign", ValidateDesignResource())
    app.add_route("/api/v1.0/node-labels/{hostname}", NodeLabelsResource())
    return app
