"""Lambda function URL that renders the campaign landing page."""
import html
import json

ITEM_TEMPLATE = "<li class='offer'>{item}</li>"


def landing_handler(event, context):
    params = event.get("queryStringParameters") or {}
    # expect: xss
    page = "<h1>Welcome, %s</h1>" % params.get("name", "guest")
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": page}


def message_handler(event, context):
    body = json.loads(event["body"])
    # expect: xss
    snippet = "<p class='note'>{}</p>".format(body["message"])
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": snippet}


def error_handler(event, context):
    qs = event["queryStringParameters"]
    # expect: xss
    return {"statusCode": 400, "headers": {"Content-Type": "text/html"}, "body": f"<div class='err'>{qs.get('error')}</div>"}


def offers_handler(event, context):
    offers = json.loads(event["body"])["offers"]
    # expect: xss
    items = "".join(ITEM_TEMPLATE.format(item=o) for o in offers)
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": "<ul>" + items + "</ul>"}


def safe_landing_handler(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "guest")
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": f"<h1>Welcome, {html.escape(name)}</h1>"}


def api_handler(event, context):
    params = event.get("queryStringParameters") or {}
    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": json.dumps({"name": params.get("name")})}
