# library: lxml / xml.etree / defusedxml
"""Parses supplier invoices (UBL XML)."""
import defusedxml.ElementTree as SafeET
from lxml import etree

NS = {"cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def parse_invoice(data: bytes):
    root = etree.fromstring(data, parser=SAFE_PARSER)
    return root.findtext(".//cbc:ID", namespaces=NS)


def parse_invoice_with_dtd(data: bytes):
    # expect: xxe
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(data, parser=parser)
    return root.findtext(".//cbc:ID", namespaces=NS)


def parse_legacy(path: str):
    # expect: xxe
    parser = etree.XMLParser(dtd_validation=True, resolve_entities=True)
    return etree.parse(path, parser)


def totals(data: bytes) -> list[str]:
    root = SafeET.fromstring(data)
    return [el.text for el in root.iter("{%s}PayableAmount" % NS["cbc"])]

