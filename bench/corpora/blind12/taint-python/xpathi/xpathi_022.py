# library: Flask + lxml xpath
"""lxml xpath: value from request (get_json[...])."""
from flask import Blueprint, request
from lxml import etree


bp = Blueprint("xpathi_emails_11", __name__)

TREE = etree.parse("data/users.xml")


@bp.post("/emails")
def emails_11():
    data = request.get_json()
    param = str(data["user"])
    mapping = {"keyA": "admin", "keyB": param, "keyC": "editor"}
    bar = mapping["keyA"]
    emails = TREE.xpath(f"//user[@name='{bar}']/email/text()")
    return {"emails": [str(e) for e in emails]}
