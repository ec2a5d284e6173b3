# library: Flask + lxml etree.parse
"""lxml etree.parse: value from request (form.get or)."""
import io

from flask import Blueprint, request
from lxml import etree


bp = Blueprint("xxe_items_18", __name__)


@bp.post("/items")
def items_18():
    param = request.form.get("feed") or ""
    bar = param
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    # expect: xxe
    tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)
    return {"items": len(tree.findall(".//item"))}
