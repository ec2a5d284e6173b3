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
    bar = param.strip()
    bar = DEFAULT_VALUE
    query = "/config/service[@id='{}']/endpoint/text()".format(bar)
    endpoints = TREE.xpath(query)
    return {"endpoints": [str(e) for e in endpoints]}
