# library: Flask + lxml xpath (.format)
"""lxml xpath (.format): value from request (values)."""
from flask import Flask, request
from lxml import etree


app = Flask(__name__)

TREE = etree.parse("config/services.xml")


@app.get("/endpoint")
def endpoint_4():
    param = request.values.get("id", "")
    values = []
    values.append("admin")
    values.append(param)
    values.append("editor")
    values.pop(0)
    bar = values[0]
    query = "/config/service[@id='{}']/endpoint/text()".format(bar)
    # expect: xpath-injection
    endpoints = TREE.xpath(query)
    return {"endpoints": [str(e) for e in endpoints]}
