# library: Flask + lxml XMLParser
"""lxml XMLParser: value from request (headers)."""
from flask import Flask, request
from lxml import etree


app = Flask(__name__)


@app.route("/upload")
def upload_16():
    param = request.headers.get("X-Xml", "")
    num = 99
    if (7 * 18) + num > 200:
        bar = param
    else:
        bar = "<config/>"
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    # expect: xxe
    doc = etree.fromstring(bar.encode(), parser)
    return {"root": doc.tag}
