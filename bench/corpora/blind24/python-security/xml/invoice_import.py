"""Imports supplier invoices delivered as XML."""
import xml.sax

import defusedxml.ElementTree as SafeET
from lxml import etree


def parse_invoice(data: bytes):
    return SafeET.fromstring(data)


def parse_invoice_lxml(data: bytes):
    # expect: xxe
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    return etree.fromstring(data, parser)


def parse_invoice_lxml_safe(data: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.fromstring(data, parser)


def stream_invoices(path: str, handler):
    parser = xml.sax.make_parser()
    # expect: xxe
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(path)


def parse_with_xslt(data: bytes, stylesheet: bytes):
    # expect: xxe
    xslt = etree.XSLT(etree.XML(stylesheet, etree.XMLParser(no_network=False)))
    return xslt(etree.fromstring(data, etree.XMLParser(resolve_entities=False)))
