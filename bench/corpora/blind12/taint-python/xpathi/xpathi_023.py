# library: Flask + lxml etree.XPath
"""lxml etree.XPath: value from request (helper get_json_field)."""
from flask import Flask, request
from lxml import etree

from .helpers.params import get_json_field


app = Flask(__name__)

TREE = etree.parse("data/books.xml")

CHOICES = {"a": "admin", "b": "editor", "c": "viewer"}


def pick(value):
    return CHOICES.get(value, value)


@app.route("/price", methods=["POST"])
def price_12():
    param = get_json_field(request, "title")
    bar = pick(param)
    # expect: xpath-injection
    find_price = etree.XPath("//book[title='" + bar + "']/price/text()")
    prices = find_price(TREE)
    return {"prices": [str(p) for p in prices]}
