"""Imports supplier product feeds (XML) and parses our own sitemap."""
import xml.dom.minidom
import xml.etree.ElementTree as ET
import xml.sax

import defusedxml.ElementTree as DET
from defusedxml.minidom import parseString as safe_parse_string
from lxml import etree

SITEMAP = "static/sitemap.xml"


def parse_feed(body: bytes) -> list[dict]:
    root = DET.fromstring(body)
    return [{"sku": p.findtext("sku"), "price": p.findtext("price")} for p in root.iter("product")]


def parse_feed_lxml(body: bytes) -> list[dict]:
    # expect: xxe
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(body, parser)
    return [{"sku": p.findtext("sku")} for p in root.iter("product")]


def parse_feed_lxml_hardened(body: bytes) -> list[dict]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(body, parser)
    return [{"sku": p.findtext("sku")} for p in root.iter("product")]


def parse_partner_minidom(body: str) -> list[str]:
    # expect: xxe
    doc = xml.dom.minidom.parseString(body)
    return [n.firstChild.data for n in doc.getElementsByTagName("sku")]


def parse_partner_minidom_safe(body: str) -> list[str]:
    doc = safe_parse_string(body)
    return [n.firstChild.data for n in doc.getElementsByTagName("sku")]


def parse_stdlib(body: bytes) -> list[str]:
    # expect: xxe
    root = ET.fromstring(body)
    return [p.findtext("sku") for p in root.iter("product")]


class SkuHandler(xml.sax.ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.skus: list[str] = []

    def characters(self, content: str) -> None:
        if content.strip():
            self.skus.append(content.strip())


def parse_sax(stream) -> list[str]:
    handler = SkuHandler()
    parser = xml.sax.make_parser()
    # expect: xxe
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.skus


def our_sitemap_urls() -> list[str]:
    tree = ET.parse(SITEMAP)
    return [loc.text for loc in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]


def build_feed(products: list[dict]) -> bytes:
    root = ET.Element("products")
    for p in products:
        ET.SubElement(ET.SubElement(root, "product"), "sku").text = p["sku"]
    return ET.tostring(root)
