"""Cart/session persistence in Redis."""
import json

import jsonpickle
from flask import request
from redis import Redis

redis = Redis()


def load_cart(session_id):
    raw = redis.get(f"cart:{session_id}")
    # expect: deserialization
    return jsonpickle.decode(raw) if raw else None


def restore_from_cookie():
    blob = request.cookies.get("cart_state", "")
    # expect: deserialization
    return jsonpickle.decode(blob, keys=True)


class JobQueue:
    def __init__(self, client):
        self.client = client

    def next_job(self):
        _, payload = self.client.blpop("jobs")
        # expect: deserialization
        return jsonpickle.decode(payload.decode("utf-8"))


def save_cart(session_id, cart):
    redis.set(f"cart:{session_id}", jsonpickle.encode(cart))


def load_prefs(session_id):
    raw = redis.get(f"prefs:{session_id}")
    return json.loads(raw) if raw else {}


def export_cart(cart):
    return jsonpickle.encode(cart, unpicklable=False)
