from lxml import etree
import defusedxml.ElementTree as SafeET


def parse_uploaded_mets(data):
    # expect: xxe
    return etree.fromstring(data, etree.XMLParser(resolve_entities=True))


def parse_uploaded_mets_safe(data):
    return SafeET.fromstring(data)
