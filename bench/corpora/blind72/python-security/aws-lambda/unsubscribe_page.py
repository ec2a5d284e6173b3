"""API Gateway handlers that return small HTML pages (unsubscribe, preview)."""
import html
import json
import logging

logger = logging.getLogger()
logger.setLevel(logging.INFO)

PAGE = "<html><body>{body}</body></html>"
GOODBYE = "<p>You have been unsubscribed, %s.</p>"


def _html(body, status=200):
    return {"statusCode": status, "headers": {"Content-Type": "text/html; charset=utf-8"}, "body": body}


def unsubscribe_handler(event, context):
    params = event.get("queryStringParameters") or {}
    email = params.get("email", "")
    # expect: xss
    return _html(PAGE.format(body=GOODBYE % email))


def preview_handler(event, context):
    payload = json.loads(event["body"])
    title = payload.get("title", "Untitled")
    # expect: xss
    body = "<h1>" + title + "</h1>"
    for para in payload.get("paragraphs", []):
        # expect: xss
        body += f"<p>{para}</p>"
    return _html(body)


def not_found(event, context):
    path = event["rawPath"]
    # expect: xss
    page = "<div class='error'>No page at {}</div>".format(path)
    return _html(page, status=404)


def safe_greeting(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "friend")
    return _html("<p>Hello, %s</p>" % html.escape(name))


def audit_log(event, context):
    print("<b>request</b> %s" % event.get("requestContext", {}).get("requestId"))
    logger.info("headers: %s", event.get("headers"))
    return {"statusCode": 204}


def status_page(event, context):
    count = len((event.get("multiValueQueryStringParameters") or {}).get("id", []))
    return _html("<p>%d subscriptions checked</p>" % count)
