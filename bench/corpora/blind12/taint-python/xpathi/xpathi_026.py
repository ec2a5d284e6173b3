# library: Flask + elementpath
"""elementpath: value from request (cookies)."""
from xml.etree import ElementTree

import elementpath
from flask import Blueprint, request


bp = Blueprint("xpathi_catalog_13", __name__)

ROOT = ElementTree.parse("data/catalog.xml").getroot()


@bp.route("/catalog")
def catalog_13():
    param = request.cookies.get("sku", "")
    mode = "plain"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "editor"
    else:
        bar = "viewer"
    items = elementpath.select(ROOT, "//item[@sku='%s']/name" % bar)
    return {"names": [item.text for item in items]}
