# library: xml.sax / xml.dom.minidom / lxml
"""Parses product feeds from suppliers."""
import xml.sax
from xml.sax.handler import feature_external_ges

import defusedxml.minidom
from lxml import etree


class SkuHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.skus = []
        self._in_sku = False

    def startElement(self, name, attrs):
        self._in_sku = name == "sku"

    def characters(self, content):
        if self._in_sku and content.strip():
            self.skus.append(content.strip())


def skus(stream) -> list:
    parser = xml.sax.make_parser()
    handler = SkuHandler()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.skus


def skus_with_includes(stream) -> list:
    parser = xml.sax.make_parser()
    # expect: xxe
    parser.setFeature(feature_external_ges, True)
    handler = SkuHandler()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.skus


def title(data: str) -> str:
    doc = defusedxml.minidom.parseString(data)
    return doc.getElementsByTagName("title")[0].firstChild.data


def transform(data: bytes, xslt_path: str) -> bytes:
    xslt = etree.XSLT(etree.parse(xslt_path))
    return bytes(xslt(etree.fromstring(data, etree.XMLParser(resolve_entities=False))))
