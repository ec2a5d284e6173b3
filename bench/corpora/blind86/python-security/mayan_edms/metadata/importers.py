from lxml import etree
import defusedxml.ElementTree as DefusedET


def parse_metadata(xml_text):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    # expect: xxe
    root = etree.fromstring(xml_text.encode("utf-8"), parser)
    return {node.get("name"): node.text for node in root.iter("value")}


def parse_metadata_safe(xml_text):
    root = DefusedET.fromstring(xml_text)
    return {node.get("name"): node.text for node in root.iter("value")}
