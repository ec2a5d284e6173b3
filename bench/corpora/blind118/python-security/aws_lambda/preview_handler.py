"""Lambdas that return small HTML pages: share previews, unsubscribe confirmations, error pages."""
import html
import json
import os

BRAND = os.environ.get("BRAND_NAME", "Acme")
HTML_HEADERS = {"Content-Type": "text/html; charset=utf-8"}


def share_preview_handler(event, context):
    params = event.get("queryStringParameters") or {}
    title = params.get("title", "Shared link")
    # expect: xss
    page = f"<html><head><title>{BRAND}</title></head><body><h1>{title}</h1></body></html>"
    return {"statusCode": 200, "headers": HTML_HEADERS, "body": page}


def unsubscribe_handler(event, context):
    email = event["queryStringParameters"]["email"]
    # expect: xss
    body = "<p>%s has been removed from the %s newsletter.</p>" % (email, BRAND)
    return {"statusCode": 200, "headers": HTML_HEADERS, "body": body}


def safe_unsubscribe_handler(event, context):
    email = html.escape(event["queryStringParameters"]["email"])
    body = "<p>" + email + " has been removed.</p>"
    return {"statusCode": 200, "headers": HTML_HEADERS, "body": body}


def error_page_handler(event, context):
    path = event.get("rawPath", "/")
    template = "<div class=\"error\"><h2>Not found</h2><p>No page at {}</p></div>"
    # expect: xss
    return {"statusCode": 404, "headers": HTML_HEADERS, "body": template.format(path)}


def status_handler(event, context):
    name = event.get("name", "anonymous")
    print("<b>status requested by %s</b>" % name)
    return {"statusCode": 200, "body": json.dumps({"ok": True, "name": name})}
