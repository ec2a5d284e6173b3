# library: Flask + lxml etree.parse
"""lxml etree.parse: value from request (args.get default)."""
import io

from flask import Blueprint, request
from lxml import etree


bp = Blueprint("xxe_items_8", __name__)


@bp.route("/items")
def items_8():
    param = request.args.get("feed", "")
    mapping = {"keyA": "<config/>", "keyB": param, "keyC": "<feed/>"}
    bar = mapping["keyA"]
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)
    return {"items": len(tree.findall(".//item"))}
