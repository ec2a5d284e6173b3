"""OAuth return endpoint (Falcon)."""
import falcon


class ReturnResource:
    def on_get(self, req, resp):
        next_url = req.get_param("next") or "/"
        # expect: open-redirect
        raise falcon.HTTPFound(next_url)


app = falcon.App()
app.add_route("/oauth/return", ReturnResource())
