"""CAMT.053 bank statement parsing."""
from decimal import Decimal

from lxml import etree

CAMT_NS = {"c": "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"}


def _transactions(root):
    result = []
    for entry in root.iterfind(".//c:Ntry", namespaces=CAMT_NS):
        amount = entry.findtext("c:Amt", namespaces=CAMT_NS) or "0"
        reference = entry.findtext(".//c:RmtInf/c:Ustrd", namespaces=CAMT_NS) or ""
        result.append({"amount": Decimal(amount), "reference": reference.strip()})
    return result


def parse_camt(raw):
    parser = etree.XMLParser(resolve_entities=True, huge_tree=True)
    # expect: xxe
    root = etree.fromstring(raw, parser)
    return _transactions(root)


def parse_camt_safely(raw):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(raw, parser)
    return _transactions(root)
