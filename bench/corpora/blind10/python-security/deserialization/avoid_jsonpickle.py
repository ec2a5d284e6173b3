# library: jsonpickle (decode)
"""Session state stored in a signed cookie-free cache."""
import json

import jsonpickle


def restore_cart(cache, cart_id):
    raw = cache.get("cart:" + cart_id)
    # expect: deserialization
    return jsonpickle.decode(raw)


def save_cart(cache, cart_id, cart):
    cache.set("cart:" + cart_id, jsonpickle.encode(cart))


def restore_prefs(cache, user_id):
    raw = cache.get("prefs:" + str(user_id))
    return json.loads(raw) if raw else {}


def restore_wizard(request_body):
    # expect: deserialization
    return jsonpickle.loads(request_body)


def export_cart(cart):
    return jsonpickle.encode(cart, unpicklable=False)
