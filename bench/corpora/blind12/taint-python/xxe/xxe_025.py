# library: Flask + lxml etree.parse
"""lxml etree.parse: value from request (args[...])."""
import io

from flask import Blueprint, request
from lxml import etree


bp = Blueprint("xxe_items_13", __name__)

DEFAULT_VALUE = "<config/>"


@bp.route("/items")
def items_13():
    param = request.args["feed"]
    bar = DEFAULT_VALUE
    if param:
        bar = param.strip()
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    # expect: xxe
    tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)
    return {"items": len(tree.findall(".//item"))}
