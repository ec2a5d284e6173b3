"""API Gateway → Lambda: runs saved reports against the analytics DB."""

from __future__ import annotations

import json
import os
import subprocess

import boto3
import pymysql

s3 = boto3.client("s3")
BUCKET = os.environ["REPORT_BUCKET"]
ALLOWED_FORMATS = {"csv", "json"}


def _conn():
    return pymysql.connect(host=os.environ["DB_HOST"], user=os.environ["DB_USER"],
                           password=os.environ["DB_PASSWORD"], database="analytics")


def _params(event: dict) -> dict:
    return event.get("queryStringParameters") or {}


def lambda_handler(event, context):
    params = _params(event)
    region = params.get("region", "eu")
    fmt = params.get("format", "csv")
    if fmt not in ALLOWED_FORMATS:
        return {"statusCode": 400, "body": "bad format"}
    conn = _conn()
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT day, revenue FROM revenue WHERE region = '%s'" % region)
        rows = cur.fetchall()
    key = f"reports/{context.aws_request_id}.{fmt}"
    s3.put_object(Bucket=BUCKET, Key=key, Body=json.dumps(rows, default=str))
    return {"statusCode": 200, "body": json.dumps({"key": key})}


def handler_safe(event, context):
    region = _params(event).get("region", "eu")
    with _conn().cursor() as cur:
        cur.execute("SELECT day, revenue FROM revenue WHERE region = %s", (region,))
        return {"statusCode": 200, "body": json.dumps(cur.fetchall(), default=str)}


def convert_handler(event, context):
    body = json.loads(event["body"])
    src, dst = body["source"], body["target"]
    # expect: command-injection
    subprocess.run(f"ffmpeg -i /tmp/in/{src} /tmp/out/{dst}", shell=True, check=True)
    return {"statusCode": 202}


def copy_handler(event, context):
    record = event["Records"][0]["s3"]
    key = record["object"]["key"]
    local = "/tmp/" + key
    # expect: path-traversal
    s3.download_file(record["bucket"]["name"], key, local)
    return {"statusCode": 200, "body": local}
