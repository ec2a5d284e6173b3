# library: Flask + lxml xpath
"""lxml xpath: value from request (headers)."""
from flask import Blueprint, request
from lxml import etree


bp = Blueprint("xpathi_emails_1", __name__)

TREE = etree.parse("data/users.xml")


@bp.route("/emails")
def emails_1():
    param = request.headers.get("X-User", "")
    mode = "custom"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "editor"
    else:
        bar = "viewer"
    # expect: xpath-injection
    emails = TREE.xpath(f"//user[@name='{bar}']/email/text()")
    return {"emails": [str(e) for e in emails]}
