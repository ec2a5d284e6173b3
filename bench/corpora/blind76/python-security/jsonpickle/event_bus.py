"""Event bus consumer: domain events travel as jsonpickle documents."""
import json
import logging

import jsonpickle
import jsonpickle as jp
from jsonpickle import decode as jp_decode
from flask import Flask, request

log = logging.getLogger(__name__)
app = Flask(__name__)


def handle_message(channel, method, properties, body):
    # expect: insecure-deserialization
    event = jsonpickle.decode(body.decode("utf-8"))
    log.info("event %s", type(event).__name__)
    channel.basic_ack(delivery_tag=method.delivery_tag)


@app.route("/events/replay", methods=["POST"])
def replay():
    # expect: insecure-deserialization
    events = jp.decode(request.get_data(as_text=True), keys=True)
    return {"replayed": len(events)}


class SnapshotStore:
    def __init__(self, redis):
        self.redis = redis

    def load(self, aggregate_id):
        raw = self.redis.get(f"snapshot:{aggregate_id}")
        if raw is None:
            return None
        # expect: insecure-deserialization
        return jp_decode(raw)

    def save(self, aggregate_id, aggregate):
        self.redis.set(f"snapshot:{aggregate_id}", jsonpickle.encode(aggregate))


@app.route("/snapshots/import", methods=["POST"])
def import_snapshot():
    upload = request.files["snapshot"]
    text = upload.read().decode("utf-8")
    # expect: insecure-deserialization
    aggregate = jsonpickle.decode(text)
    return {"id": getattr(aggregate, "id", None)}


@app.route("/events/preview", methods=["POST"])
def preview():
    data = json.loads(request.get_data(as_text=True))
    return {"type": data.get("type")}


def publish(channel, event):
    channel.basic_publish(exchange="domain", routing_key=type(event).__name__, body=jsonpickle.encode(event, unpicklable=True))
