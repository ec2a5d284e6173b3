"""AWS Lambda handlers behind API Gateway."""
import json
import os
import subprocess

import boto3
import psycopg2
import yaml

DB_DSN = os.environ["DB_DSN"]
WORK_DIR = os.environ.get("WORK_DIR", "/var/task/work")


def _conn():
    return psycopg2.connect(DB_DSN)


def lambda_handler(event, context):
    params = event.get("queryStringParameters") or {}
    account = params.get("account", "")
    cur = _conn().cursor()
    # expect: sql-injection
    cur.execute("SELECT balance FROM accounts WHERE id = '%s'" % account)
    return {"statusCode": 200, "body": json.dumps(cur.fetchone())}


def handler_safe(event, context):
    params = event.get("queryStringParameters") or {}
    account = params.get("account", "")
    cur = _conn().cursor()
    cur.execute("SELECT balance FROM accounts WHERE id = %s", (account,))
    return {"statusCode": 200, "body": json.dumps(cur.fetchone())}


def thumbnail_handler(event, context):
    record = event["Records"][0]
    key = record["s3"]["object"]["key"]
    bucket, size = record["s3"]["bucket"]["name"], "128x128"
    local = os.path.join(WORK_DIR, os.path.basename(key))
    boto3.client("s3").download_file(bucket, key, local)
    # expect: command-injection
    subprocess.call("convert %s -resize %s %s.thumb.png" % (local.replace(".png", ""), size, key), shell=True)
    return {"ok": True}


def config_handler(event, context):
    body = json.loads(event["body"])
    # expect: deserialization
    settings = yaml.load(body["config"], Loader=yaml.Loader)
    return {"statusCode": 200, "body": json.dumps(settings)}


def config_handler_safe(event, context):
    body = json.loads(event["body"])
    settings = yaml.safe_load(body["config"])
    return {"statusCode": 200, "body": json.dumps(settings)}


def cron_handler(event, context):
    cur = _conn().cursor()
    cur.execute("DELETE FROM sessions WHERE expires < now()")
    subprocess.call("/opt/bin/cleanup --all", shell=True)
    return {"ok": True}


def rule_handler(event, context):
    expression = event["pathParameters"]["rule"]
    namespace = {"limit": 10}
    # expect: code-injection
    exec("result = " + expression, namespace)
    return {"statusCode": 200, "body": str(namespace.get("result"))}
