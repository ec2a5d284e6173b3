# library: Flask + lxml XMLParser
"""lxml XMLParser: value from request (form[...])."""
from flask import Flask, request
from lxml import etree


app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload_6():
    param = request.form["xml"]
    values = []
    values.append("<config/>")
    values.append(param)
    values.append("<feed/>")
    values.pop(0)
    bar = values[1]
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode(), parser)
    return {"root": doc.tag}
