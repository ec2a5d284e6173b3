import json
import os
import subprocess
import urllib.request

import boto3
import pymysql

s3 = boto3.client("s3")
TABLE = os.environ.get("TABLE", "events")


def _db():
    return pymysql.connect(host=os.environ["DB_HOST"], user="app", password=os.environ["DB_PASS"], database="app")


def ingest(event, context):
    body = json.loads(event["body"])
    conn = _db()
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(f"INSERT INTO {TABLE} (kind, payload) VALUES ('{body['kind']}', '{json.dumps(body)}')")
    conn.commit()
    return {"statusCode": 201}


def ingest_safe(event, context):
    body = json.loads(event["body"])
    conn = _db()
    with conn.cursor() as cur:
        cur.execute(f"INSERT INTO {TABLE} (kind, payload) VALUES (%s, %s)", (body["kind"], json.dumps(body)))
    conn.commit()
    return {"statusCode": 201}


def thumbnail(event, context):
    key = event["queryStringParameters"]["key"]
    s3.download_file("uploads-bucket", key, "/tmp/in.jpg")
    # expect: command-injection
    subprocess.run(f"convert /tmp/in.jpg -resize 200x200 /tmp/{key}.png", shell=True, check=True)
    return {"statusCode": 200}


def thumbnail_argv(event, context):
    key = os.path.basename(event["queryStringParameters"]["key"])
    subprocess.run(["convert", "/tmp/in.jpg", "-resize", "200x200", f"/tmp/{key}.png"], check=True)
    return {"statusCode": 200}


def calc(event, context):
    expr = event["queryStringParameters"]["expr"]
    # expect: code-injection
    result = eval(expr)
    return {"statusCode": 200, "body": json.dumps({"result": result})}


def webhook_forward(event, context):
    target = json.loads(event["body"])["callback_url"]
    req = urllib.request.Request(target, data=b"{}", method="POST")
    # expect: ssrf
    urllib.request.urlopen(req, timeout=5)
    return {"statusCode": 202}


def presign(event, context):
    key = event["pathParameters"]["key"]
    url = s3.generate_presigned_url("get_object", Params={"Bucket": "reports", "Key": key}, ExpiresIn=300)
    return {"statusCode": 302, "headers": {"Location": url}}


def redirect_back(event, context):
    # expect: open-redirect
    return {"statusCode": 302, "headers": {"Location": event["queryStringParameters"]["return"]}}
