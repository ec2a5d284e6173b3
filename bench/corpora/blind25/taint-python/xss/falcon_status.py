"""Status page fragment (Falcon)."""
import falcon


class StatusResource:
    def on_get(self, req, resp):
        service = req.get_param("service") or "all"
        resp.content_type = falcon.MEDIA_HTML
        # expect: xss
        resp.text = "<h3>Status of %s</h3><p>operational</p>" % service


app = falcon.App()
app.add_route("/status", StatusResource())
