# library: Flask + lxml xpath (.format)
"""lxml xpath (.format): value from request (route param)."""
import configparser

from flask import Flask, request
from lxml import etree


app = Flask(__name__)

TREE = etree.parse("config/services.xml")


@app.route("/endpoint/<id>")
def endpoint_9(id):
    param = id
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "admin")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyB")
    query = "/config/service[@id='{}']/endpoint/text()".format(bar)
    # expect: xpath-injection
    endpoints = TREE.xpath(query)
    return {"endpoints": [str(e) for e in endpoints]}
