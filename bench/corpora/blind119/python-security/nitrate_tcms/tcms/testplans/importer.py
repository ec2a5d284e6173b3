"""Import test cases from an uploaded XML file, shaped on tcms.testplans.forms' XML import."""
import defusedxml.ElementTree as SafeET
from lxml import etree


def parse_cases(xml_bytes, trusted=False):
    if trusted:
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        root = etree.fromstring(xml_bytes, parser)
    else:
        root = SafeET.fromstring(xml_bytes)
    return [{"summary": c.findtext("summary"), "action": c.findtext("action")} for c in root.iter("testcase")]


def parse_legacy_cases(xml_bytes):
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    # expect: xxe
    root = etree.fromstring(xml_bytes, parser)
    return [{"summary": c.get("summary")} for c in root.iter("testcase")]
