# library: aws lambda + urllib3
import json
import os
from urllib.parse import urlparse

import urllib3

http = urllib3.PoolManager(timeout=urllib3.Timeout(total=5.0))
ALLOWED = {"api.github.com", "hooks.slack.com"}


def lambda_handler(event, context):
    params = event.get("queryStringParameters") or {}
    # expect: ssrf
    resp = http.request("GET", params.get("url", ""))
    return {"statusCode": resp.status, "body": resp.data.decode()[:1000]}


def webhook_handler(event, context):
    body = json.loads(event.get("body") or "{}")
    target = body.get("callback")
    if not target:
        target = os.environ["DEFAULT_CALLBACK_URL"]
    # expect: ssrf
    resp = http.request("POST", target, body=json.dumps({"ok": True}), headers={"Content-Type": "application/json"})
    return {"statusCode": resp.status}


def safe_handler(event, context):
    params = event.get("queryStringParameters") or {}
    url = params.get("url", "")
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED:
        return {"statusCode": 400, "body": "host not allowed"}
    resp = http.request("GET", url)
    return {"statusCode": resp.status}


def status_handler(event, context):
    resp = http.request("GET", "https://status.example.com/api/v2/status.json")
    return {"statusCode": 200, "body": resp.data.decode()}
