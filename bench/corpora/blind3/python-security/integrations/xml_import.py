"""Imports supplier price lists (XML) uploaded through the partner portal."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from xml.dom import minidom
from xml.sax import make_parser

import defusedxml.ElementTree as SafeET
from lxml import etree

NS = {"p": "urn:acme:pricelist:1"}


def parse_pricelist(upload: bytes) -> list[dict]:
    # expect: xxe
    root = ET.fromstring(upload)
    return [{"sku": i.get("sku"), "price": i.findtext("p:price", namespaces=NS)} for i in root.iter("{urn:acme:pricelist:1}item")]


def parse_pricelist_safe(upload: bytes) -> list[dict]:
    root = SafeET.fromstring(upload)
    return [{"sku": i.get("sku")} for i in root.iter("item")]


def parse_with_lxml(upload: bytes):
    # expect: xxe
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    return etree.fromstring(upload, parser)


def parse_with_hardened_lxml(upload: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(upload, parser)


def pretty(upload: str) -> str:
    # expect: xxe
    return minidom.parseString(upload).toprettyxml()


def sax_handler_parser(handler):
    parser = make_parser()
    parser.setContentHandler(handler)
    return parser


def build_export(items: list[dict]) -> bytes:
    root = ET.Element("pricelist", xmlns=NS["p"])
    for it in items:
        el = ET.SubElement(root, "item", sku=it["sku"])
        ET.SubElement(el, "price").text = str(it["price"])
    return ET.tostring(root, encoding="utf-8")
