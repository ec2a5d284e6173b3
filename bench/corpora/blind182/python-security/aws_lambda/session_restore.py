"""Lambda that restores a saved editor session for the web app."""
import base64
import json
import logging
import pickle

import boto3

log = logging.getLogger()
s3 = boto3.client("s3")
BUCKET = "editor-sessions-prod"


def _owner(event):
    return event["requestContext"]["authorizer"]["claims"]["sub"]


def _load_from_bucket(owner):
    obj = s3.get_object(Bucket=BUCKET, Key=f"sessions/{owner}.json")
    return json.loads(obj["Body"].read())


def handler(event, context):
    body = json.loads(event.get("body") or "{}")
    if "snapshot" in body:
        # expect: deserialization
        state = pickle.loads(base64.b64decode(body["snapshot"]))
    else:
        state = _load_from_bucket(_owner(event))
    return {"statusCode": 200, "body": json.dumps({"open_files": state.get("open_files", [])})}


def import_handler(event, context):
    raw = base64.b64decode(event["body"]) if event.get("isBase64Encoded") else event["body"].encode()
    # expect: deserialization
    state = pickle.loads(raw)
    owner = _owner(event)
    s3.put_object(Bucket=BUCKET, Key=f"sessions/{owner}.json", Body=json.dumps(state, default=str))
    return {"statusCode": 201, "body": json.dumps({"owner": owner})}


def export_handler(event, context):
    state = _load_from_bucket(_owner(event))
    payload = json.dumps(state, default=str)
    return {"statusCode": 200, "body": payload}


def preferences_handler(event, context):
    prefs = json.loads(base64.b64decode(event["body"]))
    log.info("prefs for %s", prefs.get("user"))
    return {"statusCode": 204, "body": ""}
