"""Catalogue search over the supplier XML feed."""
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("catalogue.xml")


@app.get("/catalogue")
def find_item():
    name = request.args.get("name", "")
    # expect: xpath-injection
    items = TREE.xpath(f"//item[@name='{name}']/price/text()")
    return {"prices": [str(p) for p in items]}
