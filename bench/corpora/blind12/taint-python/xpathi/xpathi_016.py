# library: Flask + elementpath
"""elementpath: value from request (form[...])."""
from xml.etree import ElementTree

import elementpath
from flask import Blueprint, request


bp = Blueprint("xpathi_catalog_8", __name__)

ROOT = ElementTree.parse("data/catalog.xml").getroot()


@bp.post("/catalog")
def catalog_8():
    param = request.form["sku"]
    num = 50
    bar = param if 7 * 18 + num > 200 else "admin"
    items = elementpath.select(ROOT, "//item[@sku='%s']/name" % bar)
    return {"names": [item.text for item in items]}
