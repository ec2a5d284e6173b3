"""Lambda behind API Gateway that renders small HTML fragments."""
import html
import json

ROW = "<tr><td>{}</td><td>{}</td></tr>"


def _wrap(body):
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": body}


def handler(event, context):
    params = event.get("queryStringParameters") or {}
    name = params.get("name", "friend")
    # expect: xss
    return _wrap("<h1>Hello %s</h1>" % name)


def profile_handler(event, context):
    user = json.loads(event["body"])
    # expect: xss
    card = "<div class='card'><b>{}</b> {}</div>".format(user["display"], user["bio"])
    return _wrap(card)


def search_handler(event, context):
    term = event["queryStringParameters"]["q"]
    # expect: xss
    return _wrap("<p>Results for " + term + "</p>")


def comment_handler(event, context):
    comment = event["pathParameters"]["comment"]
    # expect: xss
    return _wrap(f"<blockquote>{comment}</blockquote>")


def table_handler(event, context):
    rows = json.loads(event["body"])["rows"]
    header = "<table>"
    for r in rows:
        # expect: xss
        header = header + ROW.format(r["sku"], r["label"])
    return _wrap(header + "</table>")


def safe_handler(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "friend")
    print("<debug>%s</debug>" % name)
    return _wrap("<h1>Hello %s</h1>" % html.escape(name))


def json_handler(event, context):
    return {"statusCode": 200, "body": json.dumps({"echo": event.get("body")})}
