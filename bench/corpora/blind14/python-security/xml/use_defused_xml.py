# library: xml (stdlib) / defusedxml
"""Parsers for partner invoice feeds (XML posted to /feeds/invoices)."""
import xml.dom.minidom
import xml.etree.ElementTree as ET
import xml.sax

import defusedxml.ElementTree as DET


def parse_invoice(body):
    # expect: xxe
    root = ET.fromstring(body)
    return {"id": root.findtext("id"), "total": root.findtext("total")}


def parse_invoice_safe(body):
    root = DET.fromstring(body)
    return {"id": root.findtext("id"), "total": root.findtext("total")}


def parse_batch(body):
    # expect: xxe
    doc = xml.dom.minidom.parseString(body)
    return [n.firstChild.data for n in doc.getElementsByTagName("id")]


def stream_invoices(fileobj, handler):
    parser = xml.sax.make_parser()
    # expect: xxe
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(fileobj)


def build_ack(invoice_id):
    ack = ET.Element("ack")
    ET.SubElement(ack, "id").text = invoice_id
    return ET.tostring(ack)
