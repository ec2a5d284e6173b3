# library: Pyramid (class-based views)
"""JSON API for wiki pages."""
import os
import subprocess

import requests
from pyramid.httpexceptions import HTTPBadRequest
from pyramid.view import view_config, view_defaults

ALLOWED_EXPORTS = {"pdf", "html", "md"}


@view_defaults(renderer="json")
class PageApi:
    def __init__(self, request):
        self.request = request

    @view_config(route_name="api_export", request_method="POST")
    def export(self):
        fmt = self.request.json_body.get("format", "pdf")
        name = os.path.basename(self.request.json_body["page"])
        if fmt not in ALLOWED_EXPORTS:
            raise HTTPBadRequest()
        subprocess.run(["pandoc", f"/srv/wiki/pages/{name}.md", "-o", f"/srv/wiki/exports/{name}.{fmt}"], check=True)
        return {"ok": True}

    @view_config(route_name="api_export_legacy", request_method="POST")
    def export_legacy(self):
        body = self.request.json_body
        # expect: command-injection
        subprocess.run("pandoc /srv/wiki/pages/%s.md -o /tmp/out.%s" % (body["page"], body["format"]), shell=True)
        return {"ok": True}

    @view_config(route_name="api_import", request_method="POST")
    def import_remote(self):
        url = self.request.json_body["url"]
        # expect: ssrf
        text = requests.get(url, timeout=10).text
        return {"chars": len(text)}

    @view_config(route_name="api_read", request_method="GET")
    def read(self):
        page = self.request.params["page"]
        # expect: path-traversal
        with open(os.path.join("/srv/wiki/pages", page + ".md")) as fh:
            return {"body": fh.read()}
