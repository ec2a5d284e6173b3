import xml.dom.minidom
import xml.sax
import xmlrpc.client
from xml.etree import ElementTree as ET
from xml.etree.ElementTree import Element, SubElement, tostring

import defusedxml.ElementTree as DET
import defusedxml.xmlrpc
from lxml import etree


def parse_upload(data: bytes):
    # expect: xxe
    return etree.fromstring(data, etree.XMLParser(resolve_entities=True, no_network=False))


def parse_upload_hardened(data: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(data, parser)


def parse_feed(data: str):
    # expect: xml-unsafe-parser
    return ET.fromstring(data)


def parse_feed_safe(data: str):
    return DET.fromstring(data)


def parse_invoice(path: str):
    # expect: xml-unsafe-parser
    return xml.dom.minidom.parse(path)


class Handler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        self.count += 1


def count_elements(stream):
    h = Handler()
    # expect: xml-unsafe-parser
    xml.sax.parse(stream, h)
    return h.count


def erp_client():
    # expect: xml-unsafe-parser
    return xmlrpc.client.ServerProxy("https://erp.example.com/xmlrpc/2/object")


def erp_client_safe():
    defusedxml.xmlrpc.monkey_patch()
    return xmlrpc.client.ServerProxy("https://erp.example.com/xmlrpc/2/object")


def build_order(order_id: int, lines):
    root = Element("order", id=str(order_id))
    for sku, qty in lines:
        SubElement(root, "line", sku=sku, qty=str(qty))
    return tostring(root)
