"""Supplier catalogues arrive as XML files; queries run XPath over them."""
import os

from lxml import etree

CATALOGUE_DIR = os.environ.get("CATALOGUE_DIR", "/srv/catalogues")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


def _load(supplier_file: str):
    return etree.parse(os.path.join(CATALOGUE_DIR, os.path.basename(supplier_file)), _PARSER)


def products_by_name(supplier_file: str, name: str):
    tree = _load(supplier_file)
    # expect: xpath-injection
    nodes = tree.xpath("//product[name='" + name + "']")
    return [n.findtext("sku") for n in nodes]


def products_by_name_bound(supplier_file: str, name: str):
    tree = _load(supplier_file)
    nodes = tree.xpath("//product[name=$name]", name=name)
    return [n.findtext("sku") for n in nodes]


def parse_upload(xml_text: str):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    # expect: xxe
    root = etree.fromstring(xml_text.encode(), parser)
    return [p.findtext("sku") for p in root.iter("product")]


def parse_upload_safe(xml_text: str):
    root = etree.fromstring(xml_text.encode(), _PARSER)
    return [p.findtext("sku") for p in root.iter("product")]
