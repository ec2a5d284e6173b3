"""Scoring and session-restore Lambdas for the recommendations service."""
import base64
import codecs
import json
import os
import pickle
import _pickle

import boto3

s3 = boto3.client("s3")
MODEL_BUCKET = os.environ["MODEL_BUCKET"]


def score_handler(event, context):
    # expect: deserialization
    features = pickle.loads(base64.b64decode(event["body"]))
    return {"statusCode": 200, "body": json.dumps({"n": len(features)})}


def restore_session_handler(event, context):
    blob = event["queryStringParameters"]["state"]
    # expect: deserialization
    state = pickle.loads(codecs.decode(blob.encode(), "base64"))
    return {"statusCode": 200, "body": json.dumps({"step": state.get("step")})}


def import_handler(event, context):
    payload = event["detail"]["payload_hex"]
    # expect: deserialization
    rows = _pickle.loads(bytes.fromhex(payload))
    return {"imported": len(rows)}


def json_score_handler(event, context):
    features = json.loads(event["body"])
    return {"statusCode": 200, "body": json.dumps({"n": len(features)})}


def snapshot_handler(event, context):
    result = {"user": event["user_id"], "items": event.get("items", [])}
    body = pickle.dumps(result)
    s3.put_object(Bucket=MODEL_BUCKET, Key=f"snapshots/{context.aws_request_id}.pkl", Body=body)
    return {"ok": True}
