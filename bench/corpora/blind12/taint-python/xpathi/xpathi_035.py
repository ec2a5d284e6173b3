# library: Flask + elementpath
"""elementpath: value from request (headers)."""
from xml.etree import ElementTree

import elementpath
from flask import Flask, request


app = Flask(__name__)

ROOT = ElementTree.parse("data/catalog.xml").getroot()


@app.get("/catalog")
def catalog_18():
    param = request.headers.get("X-Sku", "")
    switch_target = "B"
    match switch_target:
        case "A":
            bar = "admin"
        case "B":
            bar = param
        case _:
            bar = "viewer"
    # expect: xpath-injection
    items = elementpath.select(ROOT, "//item[@sku='%s']/name" % bar)
    return {"names": [item.text for item in items]}
