"""OAuth return endpoint (Falcon), local paths only."""
from urllib.parse import urlsplit

import falcon


class ReturnResource:
    def on_get(self, req, resp):
        next_url = req.get_param("next") or "/"
        parts = urlsplit(next_url)
        if parts.scheme or parts.netloc or not next_url.startswith("/"):
            next_url = "/"
        raise falcon.HTTPFound(next_url)


app = falcon.App()
app.add_route("/oauth/return", ReturnResource())
