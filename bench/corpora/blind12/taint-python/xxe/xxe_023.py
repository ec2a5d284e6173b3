# library: Flask + xml.sax
"""xml.sax: value from request (view_args)."""
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


@app.get("/titles/<doc>")
def titles_12(doc):
    param = request.view_args["doc"]
    mode = "custom"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "<feed/>"
    else:
        bar = "<items/>"
    handler = TitleHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    # expect: xxe
    parser.parse(io.StringIO(bar))
    return {"titles": handler.titles}
