# library: Flask + lxml etree.XPath
"""lxml etree.XPath: value from request (helper get_param)."""
from flask import Blueprint, request
from lxml import etree

from .helpers.params import get_param


bp = Blueprint("xpathi_price_7", __name__)

TREE = etree.parse("data/books.xml")

ALLOWED = {"admin", "editor", "viewer"}


@bp.route("/price")
def price_7():
    param = get_param(request, "title")
    if not param:
        return {"error": "missing value"}, 400
    bar = param
    # expect: xpath-injection
    find_price = etree.XPath("//book[title='" + bar + "']/price/text()")
    prices = find_price(TREE)
    return {"prices": [str(p) for p in prices]}
