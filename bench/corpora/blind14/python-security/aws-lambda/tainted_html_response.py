# library: AWS Lambda (API Gateway HTML responses)
"""Tiny HTML pages served straight from Lambda."""
import html
import json


def greet(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "friend")
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "text/html"},
        # expect: xss
        "body": f"<html><body><h1>Hello {name}</h1></body></html>",
    }


def greet_safe(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "friend")
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "text/html"},
        "body": f"<html><body><h1>Hello {html.escape(name)}</h1></body></html>",
    }


def not_found(event, context):
    path = event["rawPath"]
    # expect: xss
    body = "<p>No page at " + path + "</p>"
    return {"statusCode": 404, "headers": {"Content-Type": "text/html"}, "body": body}


def api_echo(event, context):
    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": json.dumps(event.get("queryStringParameters"))}


def maintenance(event, context):
    return {"statusCode": 503, "headers": {"Content-Type": "text/html"}, "body": "<h1>Back soon</h1>"}
