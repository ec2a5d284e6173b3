# library: Flask + lxml
"""lxml: value from request (get_json[...])."""
from flask import Blueprint, request
from lxml import etree


bp = Blueprint("xxe_feed_9", __name__)

CHOICES = {"a": "<config/>", "b": "<feed/>", "c": "<items/>"}


def pick(value):
    return CHOICES.get(value, value)


@bp.route("/feed", methods=["POST"])
def feed_9():
    data = request.get_json()
    param = str(data["body"])
    bar = pick(param)
    # expect: xxe
    doc = etree.fromstring(bar, parser=etree.XMLParser(resolve_entities=True, no_network=False))
    return {"children": len(doc)}
