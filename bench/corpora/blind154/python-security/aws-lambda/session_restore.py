"""Lambda that restores a saved workspace session for the editor."""
import base64
import io
import json
import logging
import pickle

import dill

log = logging.getLogger()
log.setLevel(logging.INFO)


def _body(event):
    raw = event.get("body") or ""
    if event.get("isBase64Encoded"):
        raw = base64.b64decode(raw)
    return raw


def restore_handler(event, context):
    # expect: deserialization
    state = pickle.loads(base64.b64decode(event["body"]))
    log.info("restored %d panes", len(state.get("panes", [])))
    return {"statusCode": 200, "body": json.dumps({"panes": len(state.get("panes", []))})}


def import_handler(event, context):
    blob = _body(event)
    # expect: deserialization
    workspace = pickle.load(io.BytesIO(blob))
    return {"statusCode": 200, "body": json.dumps({"name": workspace.get("name")})}


def macro_handler(event, context):
    payload = base64.b64decode(event["queryStringParameters"]["macro"])
    # expect: deserialization
    macro = dill.loads(payload)
    return {"statusCode": 200, "body": json.dumps({"macro": getattr(macro, "__name__", "anon")})}


def settings_handler(event, context):
    settings = json.loads(event["body"])
    return {"statusCode": 200, "body": json.dumps({"theme": settings.get("theme", "light")})}


def export_handler(event, context):
    state = {"panes": event.get("panes", []), "name": event.get("name", "untitled")}
    blob = pickle.dumps(state)
    return {"statusCode": 200, "isBase64Encoded": True, "body": base64.b64encode(blob).decode()}
