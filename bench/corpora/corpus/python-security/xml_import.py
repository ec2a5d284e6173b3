"""Import product feeds (XML) from suppliers."""
import xml.sax
from xml.sax.handler import feature_external_ges

import defusedxml.ElementTree as SafeET
from defusedxml.lxml import fromstring as safe_lxml_fromstring
from flask import Flask, request
from lxml import etree

app = Flask(__name__)

SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@app.route("/feeds/upload", methods=["POST"])
def upload_feed():
    root = SafeET.fromstring(request.data)
    return {"items": len(root.findall("item"))}


@app.route("/feeds/upload-lxml", methods=["POST"])
def upload_feed_lxml():
    # expect: xxe
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    return {"items": len(root.findall("item"))}


@app.route("/feeds/upload-hardened", methods=["POST"])
def upload_feed_hardened():
    root = etree.fromstring(request.data, SAFE_PARSER)
    return {"items": len(root.findall("item"))}


@app.route("/feeds/upload-defused", methods=["POST"])
def upload_feed_defused():
    root = safe_lxml_fromstring(request.data)
    return {"items": len(root)}


class PriceHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.prices = []

    def startElement(self, name, attrs):
        if name == "price":
            self.prices.append(float(attrs.get("value", "0")))


def parse_prices(stream) -> list[float]:
    parser = xml.sax.make_parser()
    # expect: xxe
    parser.setFeature(feature_external_ges, True)
    handler = PriceHandler()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.prices


def parse_prices_safe(stream) -> list[float]:
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)
    handler = PriceHandler()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.prices


@app.route("/feeds/xslt", methods=["POST"])
def transform():
    # expect: xxe
    doc = etree.parse(request.files["feed"].stream, etree.XMLParser(resolve_entities=True))
    return etree.tostring(doc)


def build_catalog(items: list[dict]) -> bytes:
    root = etree.Element("catalog")
    for it in items:
        etree.SubElement(root, "item", sku=it["sku"]).text = it["name"]
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")
