"""Lambda function URL that serves small HTML pages."""
import html
import json

HTML_HEADERS = {"Content-Type": "text/html"}


def greet(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "friend")
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "text/html"},
        # expect: xss
        "body": f"<html><body><h1>Hello, {name}!</h1></body></html>",
    }


def unsubscribe(event, context):
    email = event["queryStringParameters"]["email"]
    # expect: xss
    page = "<p>" + email + " has been removed from the list.</p>"
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": page}


def not_found(event, context):
    path = event.get("rawPath", "/")
    return {
        "statusCode": 404,
        "headers": {"Content-Type": "text/html; charset=utf-8"},
        # expect: xss
        "body": "<h1>Not found</h1><p>No page at %s</p>" % path,
    }


def search(event, context):
    term = json.loads(event["body"])["q"]
    response = {"statusCode": 200, "headers": HTML_HEADERS}
    # expect: xss
    response["body"] = "<h2>Results for {}</h2>".format(term)
    return response


def greet_safely(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "friend")
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "text/html"},
        "body": f"<html><body><h1>Hello, {html.escape(name)}!</h1></body></html>",
    }


def greet_json(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "friend")
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps({"greeting": f"Hello, {name}!"}),
    }
