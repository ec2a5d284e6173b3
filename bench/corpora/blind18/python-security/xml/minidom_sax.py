"""Import of invoices sent by partners as XML over SFTP and HTTP."""
import xml.dom.minidom
import xml.sax
from xml.dom.minidom import parseString
from xml.sax.handler import feature_external_ges

import defusedxml.minidom
import defusedxml.sax


class InvoiceHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.totals = []
        self._in_total = False

    def startElement(self, name, attrs):
        self._in_total = name == "total"

    def characters(self, content):
        if self._in_total:
            self.totals.append(content)


def parse_partner_invoice(payload: bytes):
    # expect: xxe
    doc = parseString(payload)
    return [n.firstChild.data for n in doc.getElementsByTagName("total")]


def parse_partner_file(path):
    # expect: xxe
    doc = xml.dom.minidom.parse(path)
    return doc.documentElement.tagName


def stream_partner_invoice(stream):
    handler = InvoiceHandler()
    # expect: xxe
    xml.sax.parse(stream, handler)
    return handler.totals


def stream_with_entities(stream):
    parser = xml.sax.make_parser()
    # expect: xxe
    parser.setFeature(feature_external_ges, True)
    handler = InvoiceHandler()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.totals


def parse_safe(payload: bytes):
    # safe: defusedxml
    doc = defusedxml.minidom.parseString(payload)
    return doc.documentElement.tagName


def stream_safe(stream):
    handler = InvoiceHandler()
    # safe: defusedxml.sax
    defusedxml.sax.parse(stream, handler)
    return handler.totals
