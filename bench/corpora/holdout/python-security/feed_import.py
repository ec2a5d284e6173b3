"""Partner product feed import (XML), with a fallback for the old SOAP exporter."""
from __future__ import annotations

import xml.sax
from xml.sax.handler import feature_external_ges

import defusedxml.ElementTree as SafeET
from lxml import etree


class ProductHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.products: list[dict] = []
        self._current: dict | None = None

    def startElement(self, name, attrs):
        if name == "product":
            self._current = {"sku": attrs.get("sku")}

    def endElement(self, name):
        if name == "product" and self._current:
            self.products.append(self._current)
            self._current = None


def parse_feed(raw: bytes) -> list[dict]:
    root = SafeET.fromstring(raw)
    return [{"sku": p.get("sku"), "price": p.findtext("price")} for p in root.iter("product")]


def parse_feed_lxml(raw: bytes) -> list[str]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(raw, parser)
    return [p.get("sku") for p in root.iter("product")]


def parse_soap(raw: bytes):
    # expect: xxe
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    return etree.fromstring(raw, parser)


def parse_catalogue(path: str) -> list[dict]:
    handler = ProductHandler()
    reader = xml.sax.make_parser()
    # expect: xxe
    reader.setFeature(feature_external_ges, True)
    reader.setContentHandler(handler)
    reader.parse(path)
    return handler.products


def parse_catalogue_strict(path: str) -> list[dict]:
    handler = ProductHandler()
    reader = xml.sax.make_parser()
    reader.setFeature(feature_external_ges, False)
    reader.setContentHandler(handler)
    reader.parse(path)
    return handler.products


def transform(raw: bytes, xslt_path: str) -> str:
    xslt = etree.XSLT(etree.parse(xslt_path, etree.XMLParser(resolve_entities=False)))
    return str(xslt(etree.fromstring(raw, etree.XMLParser(resolve_entities=False, no_network=True))))


def parse_with_dtd(raw: bytes):
    # expect: xxe
    return etree.fromstring(raw, parser=etree.XMLParser(dtd_validation=True, resolve_entities=True))
