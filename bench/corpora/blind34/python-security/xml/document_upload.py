"""Parses invoices and configuration files that customers upload as XML."""
import os

# expect: xxe
import xml.etree.ElementTree as ET
# expect: xxe
from xml.etree.ElementTree import parse as parse_xml

import defusedxml.ElementTree as DefusedET
from flask import request

UPLOAD_DIR = "/srv/uploads"


def parse_invoice(upload):
    # expect: xxe
    tree = ET.parse(upload.stream)
    return tree.getroot().findtext("total")


def parse_customer_config(customer_id, filename):
    path = os.path.join(UPLOAD_DIR, str(customer_id), filename)
    # expect: xxe
    return ET.parse(path).getroot()


def upload_view():
    # expect: xxe
    document = parse_xml(request.files["document"])
    return {"root": document.getroot().tag}


class BatchImporter:
    def __init__(self, paths):
        self.paths = paths

    def roots(self):
        # expect: xxe
        return [ET.parse(p).getroot() for p in self.paths]


def load_defaults():
    return ET.parse("config/defaults.xml").getroot()


def parse_invoice_safely(upload):
    tree = DefusedET.parse(upload.stream)
    return tree.getroot().findtext("total")
