"""XML imports with the standard library's SAX parser."""
import io
import xml.sax
from xml.sax.handler import feature_external_ges

from flask import Blueprint, request

bp = Blueprint("xml_import", __name__)


class TitleCollector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles = []
        self._in_title = False

    def startElement(self, name, attrs):
        self._in_title = name == "title"

    def characters(self, content):
        if self._in_title:
            self.titles.append(content)


@bp.post("/import/titles")
def import_titles():
    handler = TitleCollector()
    parser = xml.sax.make_parser()
    parser.setContentHandler(handler)
    parser.parse(io.BytesIO(request.get_data()))
    return {"titles": handler.titles}


@bp.post("/import/titles-string")
def import_titles_string():
    handler = TitleCollector()
    xml.sax.parseString(request.get_data(), handler)
    return {"titles": handler.titles}


@bp.post("/import/with-entities")
def import_with_entities():
    handler = TitleCollector()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    # expect: xxe-external-entities-enabled
    parser.parse(io.BytesIO(request.get_data()))
    return {"titles": handler.titles}
