"""Imports supplier product feeds (XML) uploaded through the partner portal."""
# expect: xxe
import xml.etree.ElementTree as ET
# expect: xxe
from xml.dom import minidom
# expect: xxe
import xml.sax
# expect: xxe
from xml.etree.ElementTree import fromstring as parse_fragment

import defusedxml.ElementTree as SafeET
from xml.sax.saxutils import escape

from partners.models import Product


def import_feed(upload):
    root = ET.fromstring(upload.read())
    for node in root.iter("product"):
        Product.objects.update_or_create(sku=node.get("sku"), defaults={"name": node.findtext("name")})


def pretty_print(raw):
    return minidom.parseString(raw).toprettyxml()


class StockHandler(xml.sax.ContentHandler):
    def startElement(self, name, attrs):
        if name == "stock":
            self.level = int(attrs.get("level", 0))


def price_fragment(raw):
    return parse_fragment(raw).findtext("price")


def import_feed_safely(upload):
    tree = SafeET.parse(upload)
    return [node.get("sku") for node in tree.getroot().iter("product")]


def product_label(name):
    return "<label>" + escape(name) + "</label>"
