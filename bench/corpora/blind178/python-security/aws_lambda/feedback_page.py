"""Lambda behind API Gateway: the thank-you page after the feedback form."""
import html
import json

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Thanks</title></head>
<body>{content}</body></html>"""


def html_response(body, status=200):
    return {"statusCode": status, "headers": {"Content-Type": "text/html; charset=utf-8"}, "body": body}


def handler(event, context):
    params = event.get("queryStringParameters") or {}
    form = json.loads(event.get("body") or "{}")
    name = params.get("name", "friend")
    # expect: xss
    greeting = "<h1>Thank you, %s!</h1>" % name
    rating = int(form.get("rating", 0))
    stars = "<p class='stars'>{}</p>".format("★" * max(0, min(rating, 5)))
    # expect: xss
    quote = f"<blockquote>{form.get('comment', '')}</blockquote>"
    print("<debug> feedback from %s" % name)
    return html_response(PAGE.format(content=greeting + stars + quote))


def preview_handler(event, context):
    form = json.loads(event.get("body") or "{}")
    comment = html.escape(form.get("comment", ""))
    title = html.escape(form.get("title", "Untitled"))
    body = "<h2>%s</h2><blockquote>%s</blockquote>" % (title, comment)
    return html_response(PAGE.format(content=body))


def status_handler(event, context):
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps({"ok": True, "request_id": context.aws_request_id}),
    }


def error_handler(event, context):
    code = (event.get("pathParameters") or {}).get("code", "500")
    known = {"404": "Page not found", "500": "Something went wrong"}
    message = known.get(code, known["500"])
    return html_response(PAGE.format(content="<h1>%s</h1>" % message), status=int(code) if code in known else 500)
