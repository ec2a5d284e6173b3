from defusedxml import ElementTree as SafeET
from lxml import etree

_parser = etree.XMLParser(resolve_entities=True, no_network=False)


def import_feed(container, xml_text):
    # expect: xxe
    root = etree.fromstring(xml_text.encode("utf-8"), parser=_parser)
    return [item.findtext("title") for item in root.iter("item")]


def import_feed_safe(container, xml_text):
    root = SafeET.fromstring(xml_text)
    return [item.findtext("title") for item in root.iter("item")]
