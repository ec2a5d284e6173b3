"""API Gateway handler that renders the campaign landing page."""
import html
import json


def handler(event, context):
    params = event.get("queryStringParameters") or {}
    campaign = params.get("campaign", "spring")
    # expect: xss
    heading = "<h1>Welcome to the %s sale</h1>" % campaign
    body = heading + render_footer(event)
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": body}


def render_footer(event):
    ref = event["headers"].get("Referer", "")
    # expect: xss
    return f"<footer>You came from <a href='{ref}'>{ref}</a></footer>"


def error_handler(event, context):
    path = event["pathParameters"]["slug"]
    template = "<p>No page named {}</p>"
    # expect: xss
    return {"statusCode": 404, "headers": {"Content-Type": "text/html"}, "body": template.format(path)}


def safe_handler(event, context):
    params = event.get("queryStringParameters") or {}
    name = html.escape(params.get("name", "friend"))
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": "<p>Hello " + name + "</p>"}


def json_handler(event, context):
    params = event.get("queryStringParameters") or {}
    print("<debug>%s</debug>" % params)
    return {"statusCode": 200, "body": json.dumps({"campaign": params.get("campaign")})}


def static_handler(event, context):
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": "<h1>%s</h1>" % "Maintenance"}
