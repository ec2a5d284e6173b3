# library: Flask + xml.sax
"""xml.sax: value from request (route param)."""
import io
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges

from flask import Blueprint, request


bp = Blueprint("xxe_titles_7", __name__)

class TitleHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles = []

    def characters(self, content):
        if content.strip():
            self.titles.append(content.strip())


@bp.get("/titles/<doc>")
def titles_7(doc):
    param = doc
    bar = param
    handler = TitleHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    # expect: xxe
    parser.parse(io.StringIO(bar))
    return {"titles": handler.titles}
