# library: Flask + elementpath
"""elementpath: value from request (form.get or)."""
from xml.etree import ElementTree

import elementpath
from flask import Flask, request


app = Flask(__name__)

ROOT = ElementTree.parse("data/catalog.xml").getroot()


@app.route("/catalog", methods=["POST"])
def catalog_3():
    param = request.form.get("sku") or ""
    num = 50
    if (7 * 18) + num > 200:
        bar = "admin"
    else:
        bar = param
    # expect: xpath-injection
    items = elementpath.select(ROOT, "//item[@sku='%s']/name" % bar)
    return {"names": [item.text for item in items]}
