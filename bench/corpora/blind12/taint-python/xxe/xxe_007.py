# library: Flask + lxml
"""lxml: value from request (get_json)."""
import configparser

from flask import Flask, request
from lxml import etree


app = Flask(__name__)


@app.post("/feed")
def feed_4():
    payload = request.get_json(silent=True) or {}
    param = payload.get("body", "")
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "<config/>")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyB")
    # expect: xxe
    doc = etree.fromstring(bar, parser=etree.XMLParser(resolve_entities=True, no_network=False))
    return {"children": len(doc)}
