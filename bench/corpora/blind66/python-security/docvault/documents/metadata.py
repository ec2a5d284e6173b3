"""Metadata embedded in XML uploads (e-invoices, scanner sidecars)."""
from lxml import etree

_resolving_parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
_safe_parser = etree.XMLParser(resolve_entities=False, no_network=True)

NS = {"inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"}


def read_xml_metadata(raw):
    # expect: xxe
    root = etree.fromstring(raw, parser=_resolving_parser)
    title = root.findtext(".//inv:ID", namespaces=NS) or ""
    issued = root.findtext(".//inv:IssueDate", namespaces=NS) or ""
    return {"title": title.strip(), "issued": issued.strip()}


def read_sidecar(raw):
    root = etree.fromstring(raw, parser=_safe_parser)
    return {child.tag: (child.text or "").strip() for child in root}
