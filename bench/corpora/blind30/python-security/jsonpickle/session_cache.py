"""Caches shopping-cart objects in Redis between requests."""
import json

import jsonpickle
import redis
from flask import Flask, request
from jsonpickle import decode as jp_decode

app = Flask(__name__)
store = redis.Redis(host="cache", port=6379)


def save_cart(session_id: str, cart) -> None:
    store.setex(f"cart:{session_id}", 3600, jsonpickle.encode(cart))


def load_cart(session_id: str):
    raw = store.get(f"cart:{session_id}")
    if raw is None:
        return None
    # expect: insecure-deserialization
    return jsonpickle.decode(raw)


@app.post("/cart/import")
def import_cart():
    # expect: insecure-deserialization
    cart = jp_decode(request.get_data(as_text=True))
    save_cart(request.cookies.get("sid", ""), cart)
    return {"items": len(cart.items)}


class CartRestorer:
    def __init__(self, backend):
        self.backend = backend

    def restore(self, key: str):
        blob = self.backend.get(key)
        unpickler = jsonpickle.Unpickler()
        # expect: insecure-deserialization
        return unpickler.restore(json.loads(blob))


@app.post("/cart/preview")
def preview_cart():
    payload = request.form["cart"]
    # expect: insecure-deserialization
    cart = jsonpickle.loads(payload, keys=True)
    return {"total": cart.total()}


@app.post("/cart/summary")
def cart_summary():
    data = json.loads(request.get_data(as_text=True))
    return {"items": len(data.get("items", []))}
