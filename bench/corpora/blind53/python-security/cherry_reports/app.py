"""CherryPy report server."""
import html
import json

import cherrypy

from . import reporting
from . import tools  # noqa: F401  registers cherrypy.tools.tenant


@cherrypy.config(**{"tools.tenant.on": True})
class Reports:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def rows(self, kind="sales"):
        req = cherrypy.request
        return reporting.fetch_rows(req.tenant, kind, req.report_filter)

    @cherrypy.expose
    def pdf(self, kind="sales", name=None):
        name = name or f"{kind}.pdf"
        reporting.render_pdf(f"/srv/reports/html/{kind}.html", name)
        return "ok"

    @cherrypy.expose
    @cherrypy.tools.json_in()
    @cherrypy.tools.json_out()
    def computed(self):
        payload = cherrypy.request.json
        expr = payload.get("expression", "0")
        rows = reporting.fetch_rows_for_day(cherrypy.request.tenant, payload.get("kind"), payload.get("day"))
        return [reporting.compute_column(expr, r) for r in rows]

    @cherrypy.expose
    def title(self, text=""):
        page = "<html><body><h2>Report: %s</h2></body></html>" % text
        # expect: xss
        return page

    @cherrypy.expose
    def default(self, *parts, **params):
        label = params.get("label", "report")
        # expect: header-injection
        cherrypy.response.headers["X-Report-Label"] = label
        cherrypy.response.headers["Content-Type"] = "application/json"
        return json.dumps({"parts": list(parts)})


class SafeReports:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def rows(self, kind="sales", day="today"):
        return reporting.fetch_rows_for_day(cherrypy.request.headers.get("X-Tenant", "default"), kind, day)

    @cherrypy.expose
    def pdf(self, kind="sales", name=None):
        if kind not in reporting.REPORT_KINDS:
            raise cherrypy.HTTPError(404)
        reporting.render_pdf_argv(f"/srv/reports/html/{kind}.html", f"{kind}.pdf")
        return "ok"

    @cherrypy.expose
    def title(self, text=""):
        return "<html><body><h2>Report: %s</h2></body></html>" % html.escape(text)

    @cherrypy.expose
    def fmt(self):
        cherrypy.response.headers["X-Report-Format"] = cherrypy.request.report_format
        return "ok"


if __name__ == "__main__":
    cherrypy.tree.mount(SafeReports(), "/v2", {"/": {"tools.tenant.on": True}})
    cherrypy.quickstart(Reports(), "/", {"global": {"server.socket_host": "127.0.0.1"}})
