# library: Flask + lxml etree.XPath
"""lxml etree.XPath: value from request (args.getlist)."""
from flask import Flask, request
from lxml import etree


app = Flask(__name__)

TREE = etree.parse("data/books.xml")


@app.route("/price")
def price_17():
    values = request.args.getlist("title")
    param = values[0] if values else ""
    bar = param.strip()
    # expect: xpath-injection
    find_price = etree.XPath("//book[title='" + bar + "']/price/text()")
    prices = find_price(TREE)
    return {"prices": [str(p) for p in prices]}
