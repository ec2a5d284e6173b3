"""Status page fragment (Falcon), escaped."""
from html import escape

import falcon


class StatusResource:
    def on_get(self, req, resp):
        service = req.get_param("service") or "all"
        resp.content_type = falcon.MEDIA_HTML
        resp.text = "<h3>Status of %s</h3><p>operational</p>" % escape(service)


app = falcon.App()
app.add_route("/status", StatusResource())
