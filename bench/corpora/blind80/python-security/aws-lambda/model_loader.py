"""Lambda that restores a scoring model and scores the posted features."""
import base64
import io
import json
import pickle
import _pickle as cpickle

import boto3

s3 = boto3.client("s3")
MODEL_BUCKET = "ml-models-prod"


def _model_from_s3(key):
    obj = s3.get_object(Bucket=MODEL_BUCKET, Key=key)
    return pickle.loads(obj["Body"].read())


def handler(event, context):
    body = json.loads(event["body"])
    if "model_blob" in body:
        # expect: deserialization
        model = pickle.loads(base64.b64decode(body["model_blob"]))
    else:
        model = _model_from_s3("scoring/current.pkl")
    return {"statusCode": 200, "body": json.dumps({"score": float(model.predict([body["features"]])[0])})}


def restore_handler(event, context):
    state = event["queryStringParameters"]["state"]
    raw = base64.urlsafe_b64decode(state)
    # expect: deserialization
    session = cpickle.loads(raw)
    return {"statusCode": 200, "body": json.dumps({"user": session.get("user")})}


def batch_handler(event, context):
    results = []
    for record in event["Records"]:
        payload = base64.b64decode(record["kinesis"]["data"])
        # expect: deserialization
        item = pickle.loads(payload)
        results.append(item["id"])
    return {"processed": results}


def file_handler(event, context):
    data = io.BytesIO(base64.b64decode(event["body"]))
    # expect: deserialization
    obj = pickle.load(data)
    return {"statusCode": 200, "body": repr(type(obj))}


def export_handler(event, context):
    body = json.loads(event["body"])
    blob = base64.b64encode(pickle.dumps(body["rows"])).decode()
    return {"statusCode": 200, "body": json.dumps({"blob": blob})}
