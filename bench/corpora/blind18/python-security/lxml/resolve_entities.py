"""Document conversion service built on lxml."""
from lxml import etree
from lxml import etree as LET
from lxml.etree import XMLParser

from django.http import HttpResponse


def convert(request):
    # expect: xxe
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(request.body, parser)
    return HttpResponse(etree.tostring(doc, pretty_print=True), content_type="application/xml")


def convert_dtd(request):
    # expect: xxe
    doc = LET.fromstring(request.body, LET.XMLParser(load_dtd=True, no_network=False))
    return HttpResponse(LET.tostring(doc), content_type="application/xml")


def convert_upload(request):
    upload = request.FILES["doc"]
    options = {"resolve_entities": True, "dtd_validation": False}
    # expect: xxe
    parser = XMLParser(**options)
    tree = etree.parse(upload, parser=parser)
    return HttpResponse(etree.tostring(tree), content_type="application/xml")


def convert_safe(request):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    # safe: entities off
    doc = etree.fromstring(request.body, parser)
    return HttpResponse(etree.tostring(doc), content_type="application/xml")


def convert_huge_safe(request):
    parser = LET.XMLParser(resolve_entities=False, huge_tree=False)
    # safe: entities off
    tree = LET.parse(request.FILES["doc"], parser)
    return HttpResponse(LET.tostring(tree), content_type="application/xml")


def stylesheet():
    # safe: building a tree in code
    root = etree.Element("xsl")
    return etree.tostring(root)
