"""Lambda functions behind API Gateway that render small HTML pages."""
import html
import json

HTML = {"Content-Type": "text/html"}


def welcome_handler(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "guest")
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "text/html"},
        # expect: xss
        "body": f"<html><body><h1>Welcome, {name}!</h1></body></html>",
    }


def search_handler(event, context):
    params = event["queryStringParameters"]
    term = params["q"]
    page = "<p>No results for <b>" + term + "</b></p>"
    # expect: xss
    return {"statusCode": 404, "headers": {"Content-Type": "text/html"}, "body": page}


def receipt_handler(event, context):
    order = json.loads(event["body"])
    rows = "".join("<li>{}</li>".format(item["title"]) for item in order["items"])
    response = {
        "statusCode": 200,
        "headers": {"Content-Type": "text/html", "Cache-Control": "no-store"},
        # expect: xss
        "body": "<ul>%s</ul><p>Note: %s</p>" % (rows, order.get("note", "")),
    }
    return response


def safe_welcome_handler(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "guest")
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "text/html"},
        "body": f"<h1>Welcome, {html.escape(name)}!</h1>",
    }


def echo_json_handler(event, context):
    params = event.get("queryStringParameters") or {}
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps({"echo": params.get("msg", "")}),
    }


def error_page_handler(event, context):
    path = event.get("rawPath", "/")
    return {
        "statusCode": 404,
        "headers": {"Content-Type": "text/html"},
        # expect: xss
        "body": "<h2>Not found</h2><p>The page " + path + " does not exist.</p>",
    }
