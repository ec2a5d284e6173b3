# library: Flask + lxml xpath (.format)
"""lxml xpath (.format): value from request (files[..].filename)."""
from flask import Flask, request
from lxml import etree


app = Flask(__name__)

TREE = etree.parse("config/services.xml")

ALLOWED = {"admin", "editor", "viewer"}


@app.route("/endpoint", methods=["POST"])
def endpoint_19():
    upload = request.files["file"]
    param = upload.filename or ""
    if not param:
        return {"error": "missing value"}, 400
    bar = param
    query = "/config/service[@id='{}']/endpoint/text()".format(bar)
    # expect: xpath-injection
    endpoints = TREE.xpath(query)
    return {"endpoints": [str(e) for e in endpoints]}
