from pathlib import Path

import defusedxml.ElementTree as SafeET
from lxml import etree


def parse_supplier_feed(path: Path):
    # expect: xxe
    parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
    tree = etree.parse(str(path), parser)
    return [item.findtext("sku") for item in tree.iter("item")]


def parse_catalog(data: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(data, parser)
    return {p.get("id"): p.findtext("name") for p in root.findall("product")}


def parse_uploaded_manifest(data: bytes):
    root = SafeET.fromstring(data)
    return [f.attrib["path"] for f in root.iter("file")]


def parse_partner_invoice(data: bytes):
    # expect: xxe
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=True))
    return {
        "number": root.findtext("number"),
        "total": root.findtext("total"),
    }


def transform(doc_path: Path, xslt_path: Path) -> str:
    xslt = etree.XSLT(etree.parse(str(xslt_path)))
    return str(xslt(etree.parse(str(doc_path))))
