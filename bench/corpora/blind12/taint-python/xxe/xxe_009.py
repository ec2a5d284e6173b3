# library: Flask + xml.dom.pulldom
"""xml.dom.pulldom: value from request (helper get_param)."""
import io
import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges

from flask import Blueprint, request

from .helpers.params import get_param


bp = Blueprint("xxe_elements_5", __name__)


@bp.route("/elements")
def elements_5():
    param = get_param(request, "payload")
    num = 106
    if (7 * 18) + num > 200:
        bar = param
    else:
        bar = "<config/>"
    sax_parser = xml.sax.make_parser()
    sax_parser.setFeature(feature_external_ges, True)
    # expect: xxe
    events = pulldom.parse(io.StringIO(bar), parser=sax_parser)
    names = [node.tagName for event, node in events if event == pulldom.START_ELEMENT]
    return {"elements": names}
