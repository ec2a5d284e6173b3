# library: Flask + lxml etree.XPath
"""lxml etree.XPath: value from request (files[..].filename)."""
from flask import Flask, request
from lxml import etree


app = Flask(__name__)

TREE = etree.parse("data/books.xml")

DEFAULT_VALUE = "admin"


@app.post("/price")
def price_2():
    upload = request.files["file"]
    param = upload.filename or ""
    bar = DEFAULT_VALUE
    if param:
        bar = param.strip()
    # expect: xpath-injection
    find_price = etree.XPath("//book[title='" + bar + "']/price/text()")
    prices = find_price(TREE)
    return {"prices": [str(p) for p in prices]}
