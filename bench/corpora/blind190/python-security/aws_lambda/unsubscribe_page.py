"""API Gateway (proxy) handler for the mailing-list unsubscribe page."""
import html
import json
import os

import boto3

TABLE = os.environ.get("SUBSCRIBERS_TABLE", "subscribers")
dynamodb = boto3.resource("dynamodb")

PAGE = "<html><head><title>{title}</title></head><body>{body}</body></html>"


def _html(status, body):
    return {"statusCode": status, "headers": {"Content-Type": "text/html; charset=utf-8"}, "body": body}


def handler(event, context):
    params = event.get("queryStringParameters") or {}
    email = params.get("email", "")
    list_name = params.get("list", "news")
    if not email:
        # expect: xss
        return _html(400, f"<p class='error'>No address given for list {list_name}.</p>")
    table = dynamodb.Table(TABLE)
    table.update_item(
        Key={"email": email, "list": list_name},
        UpdateExpression="SET subscribed = :f",
        ExpressionAttributeValues={":f": False},
    )
    # expect: xss
    message = "<p>" + email + " will no longer receive " + html.escape(list_name) + " mails.</p>"
    return _html(200, PAGE.format(title="Unsubscribed", body=message))


def confirm_handler(event, context):
    params = event.get("queryStringParameters") or {}
    email = html.escape(params.get("email", ""))
    body = "<p>Unsubscribe <strong>%s</strong>?</p><form method='post'><button>Yes</button></form>" % email
    return _html(200, PAGE.format(title="Confirm", body=body))


def status_handler(event, context):
    params = event.get("queryStringParameters") or {}
    print("<status request for %s>" % params.get("email"))
    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": json.dumps({"ok": True})}
