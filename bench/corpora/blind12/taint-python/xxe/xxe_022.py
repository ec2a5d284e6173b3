# library: Flask + lxml XMLParser
"""lxml XMLParser: value from request (cookies)."""
from flask import Flask, request
from lxml import etree


app = Flask(__name__)

ALLOWED = {"<config/>", "<feed/>", "<items/>"}


@app.route("/upload")
def upload_11():
    param = request.cookies.get("xml", "")
    if param not in ALLOWED:
        return {"error": "value not allowed"}, 400
    bar = param
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode(), parser)
    return {"root": doc.tag}
