"""JSON endpoints of the inventory service."""
import json
import logging

from flask import Flask, Response, jsonify

from .models import Item

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/items")
def items():
    rows = [i.to_dict() for i in Item.query.all()]
    # expect: use-jsonify
    return json.dumps(rows)


@app.route("/health")
def health():
    # expect: use-jsonify
    body = json.dumps({"ok": True})
    return body


@app.route("/items/<int:item_id>")
def item(item_id):
    # expect: use-jsonify
    return json.dumps(Item.query.get_or_404(item_id).to_dict(), default=str)


@app.route("/v2/items")
def items_v2():
    return jsonify([i.to_dict() for i in Item.query.all()])


@app.route("/items/export")
def export_items():
    data = [i.to_dict() for i in Item.query.all()]
    log.info("export %s", json.dumps({"count": len(data)}))
    return Response(json.dumps(data, default=str), mimetype="application/json")
