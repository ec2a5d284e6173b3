# library: Flask + xml.sax
"""xml.sax: value from request (values)."""
import io
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges

from flask import Blueprint, request


bp = Blueprint("xxe_titles_2", __name__)

class TitleHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles = []

    def characters(self, content):
        if content.strip():
            self.titles.append(content.strip())

DEFAULT_VALUE = "<config/>"


@bp.get("/titles")
def titles_2():
    param = request.values.get("doc", "")
    bar = param.strip()
    bar = DEFAULT_VALUE
    handler = TitleHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.StringIO(bar))
    return {"titles": handler.titles}
