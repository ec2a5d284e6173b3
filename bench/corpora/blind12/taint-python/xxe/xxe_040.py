# library: Flask + xml.dom.pulldom
"""xml.dom.pulldom: value from request (args.get + guard)."""
import io
import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges

from flask import Blueprint, request


bp = Blueprint("xxe_elements_20", __name__)

CHOICES = {"a": "<config/>", "b": "<feed/>", "c": "<items/>"}


def pick(value):
    return CHOICES.get(value, "<config/>")


@bp.route("/elements")
def elements_20():
    param = request.args.get("payload")
    if not param:
        param = ""
    bar = pick(param)
    sax_parser = xml.sax.make_parser()
    sax_parser.setFeature(feature_external_ges, True)
    events = pulldom.parse(io.StringIO(bar), parser=sax_parser)
    names = [node.tagName for event, node in events if event == pulldom.START_ELEMENT]
    return {"elements": names}
