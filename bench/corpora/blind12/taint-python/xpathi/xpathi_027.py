# library: Flask + lxml xpath (.format)
"""lxml xpath (.format): value from request (view_args)."""
from flask import Flask, request
from lxml import etree


app = Flask(__name__)

TREE = etree.parse("config/services.xml")

DEFAULT_VALUE = "admin"


@app.get("/endpoint/<id>")
def endpoint_14(id):
    param = request.view_args["id"]
    bar = DEFAULT_VALUE
    if param:
        bar = param.strip()
    query = "/config/service[@id='{}']/endpoint/text()".format(bar)
    # expect: xpath-injection
    endpoints = TREE.xpath(query)
    return {"endpoints": [str(e) for e in endpoints]}
