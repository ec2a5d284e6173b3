# library: Flask + xml.sax
"""xml.sax: value from request (files[..].filename)."""
import io
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges

from flask import Flask, request


app = Flask(__name__)

class TitleHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles = []

    def characters(self, content):
        if content.strip():
            self.titles.append(content.strip())


@app.post("/titles")
def titles_17():
    upload = request.files["file"]
    param = upload.filename or ""
    values = []
    values.append("<config/>")
    values.append(param)
    values.append("<feed/>")
    values.pop(0)
    bar = values[1]
    handler = TitleHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.StringIO(bar))
    return {"titles": handler.titles}
