"""Landing pages served straight from Lambda behind API Gateway."""
import html
import json


def hello(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "friend")
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "text/html"},
        # expect: xss
        "body": f"<h1>Hello {name}!</h1>",
    }


def tag_cloud(event, context):
    tags = event["multiValueQueryStringParameters"]["tag"]
    page = "<ul class='tags'>"
    for tag in tags:
        page += "<li>" + tag + "</li>"
    page += "</ul>"
    # expect: xss
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": page}


def search(event, context):
    query = event["queryStringParameters"]["q"]
    headers = {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store"}
    return {
        "statusCode": 200,
        "headers": headers,
        # expect: xss
        "body": "<p>No results for <em>%s</em></p>" % query,
    }


def _page(title, content):
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "text/html"},
        # expect: xss
        "body": "<html><head><title>{}</title></head><body>{}</body></html>".format(title, content),
    }


def lambda_handler(event, context):
    body = json.loads(event["body"] or "{}")
    return _page("Thanks", "<p>Thanks for your message, " + body.get("name", "") + ".</p>")


def hello_escaped(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "friend")
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "text/html"},
        "body": f"<h1>Hello {html.escape(name)}!</h1>",
    }


def hello_json(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "friend")
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps({"greeting": f"Hello {name}!"}),
    }
