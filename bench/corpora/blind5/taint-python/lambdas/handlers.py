"""API Gateway and SQS handlers for the exports service."""
import json
import os
import subprocess
import urllib.request

import boto3
import pymysql

s3 = boto3.client("s3")
BUCKET = os.environ.get("EXPORT_BUCKET", "exports")
_conn = None
COLUMNS = {"id", "email", "created"}


def db():
    global _conn
    if _conn is None:
        _conn = pymysql.connect(host=os.environ["DB_HOST"], user="exports", password=os.environ["DB_PASS"], database="app")
    return _conn


def user_export(event, context):
    params = event.get("queryStringParameters") or {}
    column = params.get("sort", "id")
    with db().cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT id, email FROM users ORDER BY %s LIMIT 100" % column)
        rows = cur.fetchall()
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}


def user_export_safe(event, context):
    params = event.get("queryStringParameters") or {}
    column = params.get("sort", "id")
    if column not in COLUMNS:
        return {"statusCode": 400, "body": "bad sort"}
    with db().cursor() as cur:
        cur.execute("SELECT id, email FROM users ORDER BY %s LIMIT 100" % column)
        rows = cur.fetchall()
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}


def user_lookup(event, context):
    body = json.loads(event["body"])
    with db().cursor() as cur:
        cur.execute("SELECT id, email FROM users WHERE email = %s", (body["email"],))
        row = cur.fetchone()
    return {"statusCode": 200, "body": json.dumps(row, default=str)}


def fetch_logo(event, context):
    logo_url = json.loads(event["body"])["logo"]
    # expect: ssrf
    with urllib.request.urlopen(logo_url, timeout=5) as resp:
        s3.put_object(Bucket=BUCKET, Key="logos/latest.png", Body=resp.read())
    return {"statusCode": 204}


def convert_job(event, context):
    for record in event["Records"]:
        job = json.loads(record["body"])
        # expect: command-injection
        subprocess.run("ffmpeg -i /tmp/in.mp4 " + job["args"] + " /tmp/out.mp4", shell=True, check=True)


def convert_job_safe(event, context):
    presets = {"720p": ["-vf", "scale=-2:720"], "1080p": ["-vf", "scale=-2:1080"]}
    for record in event["Records"]:
        job = json.loads(record["body"])
        preset = presets.get(job.get("preset"), presets["720p"])
        subprocess.run(["ffmpeg", "-i", "/tmp/in.mp4", *preset, "/tmp/out.mp4"], check=True)


def hello(event, context):
    name = (event.get("pathParameters") or {}).get("name", "")
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "text/html"},
        # expect: xss
        "body": "<html><body>Welcome back, " + name + "</body></html>",
    }


def hello_json(event, context):
    name = (event.get("pathParameters") or {}).get("name", "")
    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": json.dumps({"hello": name})}


def download(event, context):
    key = event["queryStringParameters"]["key"]
    # expect: path-traversal
    with open(os.path.join("/tmp/cache", key)) as fh:
        return {"statusCode": 200, "body": fh.read()}


def download_safe(event, context):
    key = os.path.basename(event["queryStringParameters"]["key"])
    local = os.path.join("/tmp/cache", key)
    s3.download_file(BUCKET, "public/" + key, local)
    with open(local) as fh:
        return {"statusCode": 200, "body": fh.read()}


def nightly(event, context):
    with db().cursor() as cur:
        cur.execute("DELETE FROM sessions WHERE expires < NOW()")
    subprocess.run("find /tmp -name '*.mp4' -mmin +60 -delete", shell=True, check=False)
