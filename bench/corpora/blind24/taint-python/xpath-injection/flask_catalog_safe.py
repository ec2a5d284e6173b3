"""Catalogue search over the supplier XML feed, XPath variables."""
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("catalogue.xml")


@app.get("/catalogue")
def find_item():
    name = request.args.get("name", "")
    items = TREE.xpath("//item[@name=$name]/price/text()", name=name)
    return {"prices": [str(p) for p in items]}
