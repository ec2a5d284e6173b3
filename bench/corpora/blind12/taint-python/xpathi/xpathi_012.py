# library: Flask + lxml xpath
"""lxml xpath: value from request (get_json)."""
from flask import Flask, request
from lxml import etree


app = Flask(__name__)

TREE = etree.parse("data/users.xml")


@app.route("/emails", methods=["POST"])
def emails_6():
    payload = request.get_json(silent=True) or {}
    param = payload.get("user", "")
    switch_target = "C"
    match switch_target:
        case "A":
            bar = "admin"
        case "B":
            bar = param
        case _:
            bar = "viewer"
    emails = TREE.xpath(f"//user[@name='{bar}']/email/text()")
    return {"emails": [str(e) for e in emails]}
