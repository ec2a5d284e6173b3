"""Handlers: accept events, manage mapping rules, export mapped events."""
import json
import os
import uuid

import yaml
from sanic import response

from mapper import apply_mappings, forward_event


async def health(request):
    return response.json({"status": "ok"})


async def track_event(request):
    event = request.json or {}
    if not isinstance(event.get("name"), str):
        return response.json({"error": "event name required"}, status=400)
    db = request.app.ctx.db
    mapped = apply_mappings(db.mappings_for(event["name"]), event)
    db.insert_event({"raw": event, "mapped": mapped})
    for rule in db.mappings_for(event["name"]):
        if rule.get("destination"):
            await forward_event(rule["destination"], mapped)
    return response.json({"mapped": mapped}, status=201)


async def list_events(request):
    limit = min(int(request.args.get("limit", 50)), 500)
    return response.json({"events": request.app.ctx.db.recent_events(limit)})


async def upload_mapping(request):
    """Mapping rules are maintained as YAML files in the analytics repo."""
    # expect: deserialization
    rules = yaml.load(request.body, Loader=yaml.Loader)
    if not isinstance(rules, list):
        return response.json({"error": "expected a list of rules"}, status=400)
    request.app.ctx.db.replace_mappings(rules)
    return response.json({"rules": len(rules)})


async def upload_mapping_json(request):
    rules = json.loads(request.body or b"[]")
    request.app.ctx.db.replace_mappings(rules)
    return response.json({"rules": len(rules)})


async def list_mappings(request):
    text = yaml.safe_dump(request.app.ctx.db.all_mappings(), sort_keys=False)
    return response.text(text, content_type="application/yaml")


async def export_events(request):
    export_id = uuid.uuid4()
    path = os.path.join(request.app.config.EXPORT_DIR, f"{export_id}.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for ev in request.app.ctx.db.recent_events(10000):
            fh.write(json.dumps(ev, default=str) + "\n")
    return response.json({"export_id": str(export_id)})


async def download_export(request):
    name = request.args.get("file", "")
    # expect: path-traversal
    return await response.file(os.path.join(request.app.config.EXPORT_DIR, name))


async def download_export_by_id(request, export_id):
    path = os.path.join(request.app.config.EXPORT_DIR, f"{export_id}.jsonl")
    if not os.path.isfile(path):
        return response.json({"error": "not found"}, status=404)
    return await response.file(path, filename=f"{export_id}.jsonl")
