"""Lambda behind API Gateway that renders a greeting page."""
import html
import json


def handler(event, context):
    name = event["queryStringParameters"]["name"]
    body = "<html><body><h1>Hello " + name + "</h1></body></html>"
    # expect: xss
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": body}


def search_handler(event, context):
    term = (event.get("queryStringParameters") or {}).get("q", "")
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "text/html"},
        # expect: xss
        "body": f"<p>No results for {term}</p>",
    }


def safe_handler(event, context):
    name = event["queryStringParameters"]["name"]
    body = "<html><body><h1>Hello " + html.escape(name) + "</h1></body></html>"
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": body}


def json_handler(event, context):
    name = event["queryStringParameters"]["name"]
    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": json.dumps({"hello": name})}
