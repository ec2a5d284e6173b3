# library: Flask + lxml
"""lxml: value from request (values)."""
from flask import Flask, request
from lxml import etree


app = Flask(__name__)


@app.get("/feed")
def feed_19():
    param = request.values.get("body", "")
    mapping = {}
    mapping["keyA"] = "<config/>"
    mapping["keyB"] = param
    mapping["keyC"] = "<feed/>"
    bar = mapping["keyB"]
    # expect: xxe
    doc = etree.fromstring(bar, parser=etree.XMLParser(resolve_entities=True, no_network=False))
    return {"children": len(doc)}
