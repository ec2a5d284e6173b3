# library: aws lambda (pickle of SQS / API Gateway payloads)
import base64
import json
import pickle

import boto3

s3 = boto3.client("s3")


def lambda_handler(event, context):
    for record in event.get("Records", []):
        # expect: deserialization
        task = pickle.loads(base64.b64decode(record["body"]))
        task.run()


def api_handler(event, context):
    blob = event.get("body") or ""
    if event.get("isBase64Encoded"):
        blob = base64.b64decode(blob)
    # expect: deserialization
    state = pickle.loads(blob)
    return {"statusCode": 200, "body": json.dumps({"keys": list(state)})}


def json_handler(event, context):
    for record in event.get("Records", []):
        task = json.loads(record["body"])
        print(task["id"])


def snapshot_handler(event, context):
    s3.put_object(Bucket="snapshots", Key="state.pkl", Body=pickle.dumps({"ok": True}))
