"""Imports partner product feeds (XML) and talks to the legacy catalogue over XML-RPC."""
import xml.etree.ElementTree as ET
import xml.sax
import xmlrpc.client
from xml.dom import minidom
from xmlrpc.server import SimpleXMLRPCServer

import defusedxml.ElementTree as SafeET
from defusedxml import xmlrpc as defused_xmlrpc
from lxml import etree

import requests


def parse_partner_feed(url: str):
    body = requests.get(url, timeout=20).content
    # expect: xxe
    root = ET.fromstring(body)
    return [item.findtext("sku") for item in root.iter("item")]


def parse_partner_feed_safe(url: str):
    body = requests.get(url, timeout=20).content
    root = SafeET.fromstring(body)
    return [item.findtext("sku") for item in root.iter("item")]


def parse_upload(fileobj):
    # expect: xxe
    doc = minidom.parse(fileobj)
    return doc.getElementsByTagName("product")


def parse_with_lxml(payload: bytes):
    # expect: xxe
    tree = etree.fromstring(payload)
    return tree.xpath("//price/text()")


def parse_with_lxml_hardened(payload: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    tree = etree.fromstring(payload, parser=parser)
    return tree.xpath("//price/text()")


class _Counter(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.items = 0

    def startElement(self, name, attrs):
        if name == "item":
            self.items += 1


def count_items(stream) -> int:
    handler = _Counter()
    # expect: xxe
    xml.sax.parse(stream, handler)
    return handler.items


def catalogue_proxy():
    # expect: xxe
    return xmlrpc.client.ServerProxy("https://catalogue.internal.example.com/RPC2")


def catalogue_proxy_defused():
    defused_xmlrpc.monkey_patch()
    return xmlrpc.client.ServerProxy("https://catalogue.internal.example.com/RPC2")


def serve_rpc(port: int = 8000):
    # expect: xxe
    server = SimpleXMLRPCServer(("127.0.0.1", port), allow_none=True)
    server.register_function(lambda sku: {"sku": sku, "stock": 0}, "stock")
    server.serve_forever()


def build_feed(products) -> bytes:
    root = ET.Element("feed")
    for p in products:
        item = ET.SubElement(root, "item")
        ET.SubElement(item, "sku").text = p["sku"]
    return ET.tostring(root, encoding="utf-8")
