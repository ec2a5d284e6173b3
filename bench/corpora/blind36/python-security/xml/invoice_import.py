"""Imports supplier invoices uploaded as XML."""
import io

import defusedxml.ElementTree as SafeET
from django.http import JsonResponse
# expect: xxe
import xml.etree.ElementTree as ET
# expect: xxe
from xml.etree.ElementTree import parse as parse_xml

# expect: xxe
import xml.etree.ElementTree


def import_upload(request):
    upload = request.FILES["invoice"]
    # expect: xxe
    tree = ET.parse(upload)
    return JsonResponse({"lines": len(tree.findall(".//Line"))})


def import_body(request):
    # expect: xxe
    root = xml.etree.ElementTree.parse(io.BytesIO(request.body)).getroot()
    return JsonResponse({"supplier": root.findtext("Supplier")})


class InboxImporter:
    def __init__(self, inbox):
        self.inbox = inbox

    def run(self):
        totals = []
        for path in self.inbox.pending():
            # expect: xxe
            doc = parse_xml(path)
            totals.append(doc.getroot().findtext("Total"))
        return totals


def import_upload_safe(request):
    tree = SafeET.parse(request.FILES["invoice"])
    return JsonResponse({"lines": len(tree.findall(".//Line"))})


def load_schema():
    return ET.parse("/opt/shop/schemas/invoice-template.xml")
