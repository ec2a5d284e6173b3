# library: xml.sax
import xml.sax
from xml.sax.handler import feature_external_ges
import defusedxml.sax
from flask import Flask, request

app = Flask(__name__)


class TitleHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles, self._in_title = [], False

    def startElement(self, name, attrs):
        self._in_title = name == "title"

    def characters(self, content):
        if self._in_title:
            self.titles.append(content)


@app.post("/feeds/import")
def import_feed():
    handler, parser = TitleHandler(), xml.sax.make_parser()
    # expect: xxe
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(request.files["feed"])
    return {"titles": handler.titles}


@app.post("/feeds/import-safe")
def import_feed_safe():
    defusedxml.sax.parseString(request.get_data(), handler := TitleHandler())
    return {"titles": handler.titles}


@app.post("/feeds/import-default")
def import_feed_default():
    handler, parser = TitleHandler(), xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)
    parser.setContentHandler(handler)
    parser.parse(request.files["feed"])
    return {"titles": handler.titles}
