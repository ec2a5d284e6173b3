from defusedxml import ElementTree as DefusedET
from lxml import etree

NAMESPACES = {"C": "urn:ietf:params:xml:ns:caldav", "D": "DAV:"}


def read_xml_request_body(body):
    if not body:
        return None
    return DefusedET.fromstring(body)


def read_report_body(body):
    if not body:
        return None
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    # expect: xxe
    return etree.fromstring(body, parser)


def props_from(root):
    return [child.tag for child in root.iter() if child.tag.startswith("{DAV:}")]
