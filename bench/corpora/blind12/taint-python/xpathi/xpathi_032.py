# library: Flask + lxml xpath
"""lxml xpath: value from request (get_data)."""
from flask import Blueprint, request
from lxml import etree


bp = Blueprint("xpathi_emails_16", __name__)

TREE = etree.parse("data/users.xml")


@bp.post("/emails")
def emails_16():
    param = request.get_data(as_text=True)
    values = []
    values.append("admin")
    values.append(param)
    values.append("editor")
    values.pop(0)
    bar = values[0]
    emails = TREE.xpath("//user[@name=$name]/email/text()", name=bar)
    return {"emails": [str(e) for e in emails]}
