"""API Gateway handlers for the reporting service."""
import base64
import json
import logging
import os
import pickle
import subprocess
import urllib.request

import boto3
import psycopg2
import yaml

log = logging.getLogger()
s3 = boto3.client("s3")
REPORT_BUCKET = os.environ.get("REPORT_BUCKET", "reports")
_conn = None


def conn():
    global _conn
    if _conn is None:
        _conn = psycopg2.connect(os.environ["DATABASE_URL"])
    return _conn


def _params(event):
    qs = event.get("queryStringParameters") or {}
    return qs.get("team", ""), qs.get("month", "")


def _response(status, body, content_type="application/json"):
    return {"statusCode": status, "headers": {"Content-Type": content_type}, "body": body}


def monthly_report(event, context):
    team, month = _params(event)
    sql = "SELECT * FROM reports WHERE team = '%s' AND month = '%s'" % (team, month)
    with conn().cursor() as cur:
        # expect: tainted-sql
        cur.execute(sql)
        rows = cur.fetchall()
    return _response(200, json.dumps(rows, default=str))


def monthly_report_safe(event, context):
    team, month = _params(event)
    with conn().cursor() as cur:
        cur.execute("SELECT * FROM reports WHERE team = %s AND month = %s", (team, month))
        rows = cur.fetchall()
    return _response(200, json.dumps(rows, default=str))


def download(event, context):
    key = event["pathParameters"]["key"]
    local = "/tmp/" + key
    s3.download_file(REPORT_BUCKET, "exports/" + os.path.basename(key), "/tmp/export.csv")
    # expect: tainted-path
    with open(local, "rb") as fh:
        data = fh.read()
    return _response(200, base64.b64encode(data).decode(), "application/octet-stream")


def render_chart(event, context):
    body = json.loads(event["body"])
    opts = {"fmt": body.get("format", "png"), "title": body.get("title", "")}
    cmd = "/opt/bin/chart --format {fmt} --title '{title}' /tmp/data.csv".format(**opts)
    # expect: tainted-command
    subprocess.run(cmd, shell=True, check=True)
    return _response(202, json.dumps({"ok": True}))


def render_chart_safe(event, context):
    body = json.loads(event["body"])
    fmt = body.get("format", "png")
    if fmt not in {"png", "svg"}:
        return _response(400, json.dumps({"error": "format must be png or svg"}))
    subprocess.run(["/opt/bin/chart", "--format", fmt, "--title", body.get("title", ""), "/tmp/data.csv"], check=True)
    return _response(202, json.dumps({"ok": True}))


def import_state(event, context):
    blob = base64.b64decode(event["body"])
    # expect: tainted-deserialization
    state = pickle.loads(blob)
    return _response(200, json.dumps({"keys": sorted(state)}))


def import_config(event, context):
    text = event["body"]
    # expect: tainted-deserialization
    config = yaml.load(text, Loader=yaml.Loader)
    return _response(200, json.dumps({"keys": sorted(config)}))


def import_config_safe(event, context):
    config = yaml.safe_load(event["body"])
    return _response(200, json.dumps({"keys": sorted(config)}))


def proxy(event, context):
    target = event["headers"].get("x-forward-to")
    # expect: tainted-ssrf
    with urllib.request.urlopen(target, timeout=5) as resp:
        return _response(resp.status, resp.read().decode())


def queue_worker(event, context):
    for record in event["Records"]:
        msg = json.loads(record["body"])
        table = msg["table"]
        with conn().cursor() as cur:
            # expect: tainted-sql
            cur.execute(f"DELETE FROM {table} WHERE created < now() - interval '30 days'")
    return {"processed": len(event["Records"])}


def health(event, context):
    with conn().cursor() as cur:
        cur.execute("SELECT 1")
    return _response(200, "ok", "text/plain")
