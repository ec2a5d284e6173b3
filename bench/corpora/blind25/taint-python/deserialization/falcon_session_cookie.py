"""Cart restored from a cookie (Falcon)."""
import base64
import pickle

import falcon


class CartResource:
    def on_get(self, req, resp):
        raw = req.get_cookie_values("cart")
        cart = {}
        if raw:
            # expect: deserialization
            cart = pickle.loads(base64.b64decode(raw[0]))
        resp.media = {"items": cart.get("items", [])}


app = falcon.App()
app.add_route("/cart", CartResource())
