# library: Flask + lxml XMLParser
"""lxml XMLParser: value from request (form.get or)."""
from flask import Flask, request
from lxml import etree


app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload_1():
    param = request.form.get("xml") or ""
    mode = "custom"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "<feed/>"
    else:
        bar = "<items/>"
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    # expect: xxe
    doc = etree.fromstring(bar.encode(), parser)
    return {"root": doc.tag}
