"""Lambda behind API Gateway that renders small HTML pages."""
import html
import json
import logging

logger = logging.getLogger()
logger.setLevel(logging.INFO)


def _page(title, body):
    return f"<!doctype html><html><head><title>{title}</title></head><body>{body}</body></html>"


def greeting_handler(event, context):
    params = event.get("queryStringParameters") or {}
    name = params.get("name", "guest")
    # expect: xss
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": _page("Hello", f"<h1>Hello {name}</h1>")}


def search_handler(event, context):
    params = event.get("queryStringParameters") or {}
    term = params.get("q", "")
    safe_term = html.escape(term)
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": _page("Search", f"<p>No results for {safe_term}</p>")}


def error_handler(event, context):
    path = event.get("path", "/")
    body = "<h1>Not found</h1><p>The page " + path + " does not exist.</p>"
    # expect: xss
    return {"statusCode": 404, "headers": {"Content-Type": "text/html"}, "body": body}


def comment_preview_handler(event, context):
    payload = json.loads(event.get("body") or "{}")
    logger.info("preview for %s", event["requestContext"].get("requestId"))
    # expect: xss
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": "<div class='comment'>" + payload.get("text", "") + "</div>"}


def comment_json_handler(event, context):
    payload = json.loads(event.get("body") or "{}")
    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": json.dumps({"text": payload.get("text", "")})}


def static_handler(event, context):
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": _page("Status", "<p>OK</p>")}
