# library: Flask + xml.dom.pulldom
"""xml.dom.pulldom: value from request (args.getlist)."""
import configparser
import io
import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges

from flask import Blueprint, request


bp = Blueprint("xxe_elements_15", __name__)


@bp.get("/elements")
def elements_15():
    values = request.args.getlist("payload")
    param = values[0] if values else ""
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "<config/>")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyA")
    sax_parser = xml.sax.make_parser()
    sax_parser.setFeature(feature_external_ges, True)
    events = pulldom.parse(io.StringIO(bar), parser=sax_parser)
    names = [node.tagName for event, node in events if event == pulldom.START_ELEMENT]
    return {"elements": names}
