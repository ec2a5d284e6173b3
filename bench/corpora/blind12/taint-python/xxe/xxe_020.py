# library: Flask + xml.dom.pulldom
"""xml.dom.pulldom: value from request (helper get_json_field)."""
import io
import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges

from flask import Flask, request

from .helpers.params import get_json_field


app = Flask(__name__)


@app.route("/elements", methods=["POST"])
def elements_10():
    param = get_json_field(request, "payload")
    switch_target = "A"
    match switch_target:
        case "A":
            bar = "<config/>"
        case "B":
            bar = "<feed/>"
        case _:
            bar = param
    sax_parser = xml.sax.make_parser()
    sax_parser.setFeature(feature_external_ges, True)
    events = pulldom.parse(io.StringIO(bar), parser=sax_parser)
    names = [node.tagName for event, node in events if event == pulldom.START_ELEMENT]
    return {"elements": names}
