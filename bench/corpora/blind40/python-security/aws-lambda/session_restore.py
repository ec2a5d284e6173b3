"""Restores cached model state sent by the batch scheduler."""
import base64
import pickle
import _pickle

import boto3

s3 = boto3.client("s3")


def handler(event, context):
    blob = base64.b64decode(event["body"])
    # expect: insecure-deserialization
    state = pickle.loads(blob)
    return {"statusCode": 200, "body": str(len(state))}


def restore_from_s3(event, context):
    record = event["Records"][0]["s3"]
    obj = s3.get_object(Bucket=record["bucket"]["name"], Key=record["object"]["key"])
    # expect: insecure-deserialization
    model = pickle.load(obj["Body"])
    return {"restored": type(model).__name__}


def fast_restore(event, context):
    payloads = [base64.b64decode(p) for p in event["payloads"]]
    # expect: insecure-deserialization
    return [_pickle.loads(p) for p in payloads]


def warm(event, context):
    with open("/opt/model/defaults.pkl", "rb") as fh:
        defaults = pickle.load(fh)
    return {"statusCode": 200, "body": str(pickle.dumps(event.get("probe", 0)))[:10], "n": len(defaults)}
