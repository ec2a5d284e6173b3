"""Campaign landing pages rendered by Lambda behind API Gateway."""
import html
import json
import logging
import os

import boto3

logger = logging.getLogger()
logger.setLevel(logging.INFO)
table = boto3.resource("dynamodb").Table(os.environ.get("CAMPAIGN_TABLE", "campaigns"))

PAGE = """<!doctype html>
<html><head><title>{title}</title></head>
<body><h1>{heading}</h1>{body}</body></html>"""


def _html(status, markup):
    return {"statusCode": status, "headers": {"Content-Type": "text/html; charset=utf-8"}, "body": markup}


def landing(event, context):
    params = event.get("queryStringParameters") or {}
    name = params.get("name", "friend")
    campaign = table.get_item(Key={"id": event["pathParameters"]["campaign"]}).get("Item")
    if not campaign:
        return _html(404, PAGE.format(title="Not found", heading="Not found", body=""))
    # expect: xss
    return _html(200, PAGE.format(title=html.escape(campaign["title"]), heading=f"Welcome, {name}!", body=campaign["body_html"]))


def landing_escaped(event, context):
    params = event.get("queryStringParameters") or {}
    name = html.escape(params.get("name", "friend"))
    return _html(200, PAGE.format(title="Welcome", heading=f"Welcome, {name}!", body=""))


def unsubscribe(event, context):
    email = (event.get("queryStringParameters") or {}).get("email", "")
    table.update_item(Key={"id": "unsubscribed"}, UpdateExpression="ADD emails :e", ExpressionAttributeValues={":e": {email}})
    logger.info("unsubscribed %s", email)
    # expect: xss
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": "<p>" + email + " has been unsubscribed.</p>"}


def search(event, context):
    q = (event.get("queryStringParameters") or {}).get("q", "")
    items = table.scan(Limit=20).get("Items", [])
    hits = [i for i in items if q.lower() in i.get("title", "").lower()]
    rows = "".join(f"<li>{html.escape(i['title'])}</li>" for i in hits)
    # expect: xss
    return _html(200, f"<h2>Results for {q}</h2><ul>{rows}</ul>")


def api(event, context):
    q = (event.get("queryStringParameters") or {}).get("q", "")
    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": json.dumps({"q": q})}
