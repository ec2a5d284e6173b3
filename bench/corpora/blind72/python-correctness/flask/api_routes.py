"""JSON endpoints of the inventory service."""
import json
from json import dumps as to_json

from flask import Blueprint, Flask, Response, jsonify, request

from .store import Store

app = Flask(__name__)
api = Blueprint("api", __name__, url_prefix="/api")
store = Store()


@app.route("/health")
def health():
    # expect: use-jsonify
    return json.dumps({"status": "ok"})


@api.route("/items")
def list_items():
    items = [item.to_dict() for item in store.all(limit=request.args.get("limit", 50, type=int))]
    # expect: use-jsonify
    payload = json.dumps({"items": items, "count": len(items)})
    return payload


@api.route("/items/<int:item_id>")
def get_item(item_id):
    item = store.get(item_id)
    if item is None:
        return jsonify(error="not found"), 404
    # expect: use-jsonify
    return json.dumps(item.to_dict(), default=str, sort_keys=True)


@api.route("/stats")
async def stats():
    summary = await store.summary()
    # expect: use-jsonify
    body = json.dumps(summary, indent=2)
    return body


@api.route("/export")
def export():
    rows = [item.to_dict() for item in store.all()]
    return Response(json.dumps(rows), mimetype="application/json", headers={"Content-Disposition": "attachment; filename=items.json"})


@api.route("/items", methods=["POST"])
def create_item():
    item = store.create(request.get_json())
    return jsonify(item.to_dict()), 201


def write_snapshot(path):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(to_json([item.to_dict() for item in store.all()]))


app.register_blueprint(api)
