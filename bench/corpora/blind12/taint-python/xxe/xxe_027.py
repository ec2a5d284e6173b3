# library: Flask + lxml
"""lxml: value from request (get_data)."""
from flask import Blueprint, request
from lxml import etree


bp = Blueprint("xxe_feed_14", __name__)


@bp.route("/feed", methods=["POST"])
def feed_14():
    param = request.get_data(as_text=True)
    num = 12
    bar = "<config/>" if 7 * 18 + num > 200 else param
    # expect: xxe
    doc = etree.fromstring(bar, parser=etree.XMLParser(resolve_entities=True, no_network=False))
    return {"children": len(doc)}
