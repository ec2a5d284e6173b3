import xml.sax
from io import BytesIO

import elementpath
from flask import Blueprint, request
from lxml import etree

bp = Blueprint("xmltools", __name__)

CATALOG = etree.parse("/srv/portal/catalog.xml")


@bp.get("/catalog/by-name")
def by_name():
    name = request.args.get("name", "")
    # expect: xpath-injection
    nodes = CATALOG.xpath(f"//product[@name='{name}']/price/text()")
    return {"prices": [str(n) for n in nodes]}


@bp.get("/catalog/by-name-var")
def by_name_var():
    name = request.args.get("name", "")
    nodes = CATALOG.xpath("//product[@name=$n]/price/text()", n=name)
    return {"prices": [str(n) for n in nodes]}


@bp.get("/catalog/by-sku")
def by_sku():
    sku = request.args.get("sku", "")
    if "'" in sku:
        return {"error": "bad sku"}, 400
    nodes = CATALOG.xpath("//product[@sku='" + sku + "']/name/text()")
    return {"names": [str(n) for n in nodes]}


@bp.get("/catalog/compiled")
def compiled():
    cat = request.args.get("category", "")
    # expect: xpath-injection
    find = etree.XPath("//product[@category='%s']" % cat)
    return {"count": len(find(CATALOG))}


@bp.get("/catalog/ep")
def ep_select():
    tag = request.args.get("tag", "")
    # expect: xpath-injection
    hits = elementpath.select(CATALOG.getroot(), f"//product[tags/tag = '{tag}']/@sku")
    return {"skus": list(hits)}


@bp.get("/catalog/escaped")
def escaped():
    tag = request.args.get("tag", "").replace("'", "&apos;")
    hits = CATALOG.xpath(f"//product[tags/tag = '{tag}']/@sku")
    return {"skus": [str(h) for h in hits]}


class _Counter(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        self.count += 1


@bp.post("/catalog/count")
def count_elements():
    handler = _Counter()
    parser = xml.sax.make_parser()
    parser.setContentHandler(handler)
    parser.parse(BytesIO(request.get_data()))
    return {"elements": handler.count}


@bp.post("/catalog/count-ext")
def count_elements_ext():
    handler = _Counter()
    parser = xml.sax.make_parser()
    # expect: xxe
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(BytesIO(request.get_data()))
    return {"elements": handler.count}
