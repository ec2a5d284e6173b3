"""Cart restored from a signed JSON cookie (Falcon)."""
import os

import falcon
from itsdangerous import BadSignature, URLSafeSerializer

signer = URLSafeSerializer(os.environ["CART_SECRET"], salt="cart")


class CartResource:
    def on_get(self, req, resp):
        raw = req.get_cookie_values("cart")
        cart = {}
        if raw:
            try:
                cart = signer.loads(raw[0])
            except BadSignature:
                cart = {}
        resp.media = {"items": cart.get("items", [])}


app = falcon.App()
app.add_route("/cart", CartResource())
