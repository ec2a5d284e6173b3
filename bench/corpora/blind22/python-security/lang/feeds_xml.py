"""Parses partner product feeds (XML over SFTP and HTTP uploads)."""
import xml.dom.minidom
import xml.etree.ElementTree as ET
import xml.sax

import defusedxml.ElementTree as SafeET
from lxml import etree


class SkuHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.skus = []

    def startElement(self, name, attrs):
        if name == "item":
            self.skus.append(attrs.get("sku"))


def parse_feed(uploaded_bytes):
    # expect: xxe
    root = ET.fromstring(uploaded_bytes)
    return [i.get("sku") for i in root.iter("item")]


def parse_feed_safe(uploaded_bytes):
    root = SafeET.fromstring(uploaded_bytes)
    return [i.get("sku") for i in root.iter("item")]


def parse_catalog(path):
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    # expect: xxe
    return etree.parse(path, parser)


def parse_catalog_hardened(path):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.parse(path, parser)


def pretty(uploaded_text):
    # expect: xxe
    return xml.dom.minidom.parseString(uploaded_text).toprettyxml()


def stream_skus(fileobj):
    handler = SkuHandler()
    # expect: xxe
    xml.sax.parse(fileobj, handler)
    return handler.skus
