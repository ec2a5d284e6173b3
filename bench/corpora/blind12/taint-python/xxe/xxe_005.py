# library: Flask + lxml etree.parse
"""lxml etree.parse: value from request (args.get + guard)."""
import io

from flask import Flask, request
from lxml import etree


app = Flask(__name__)


@app.get("/items")
def items_3():
    param = request.args.get("feed")
    if not param:
        param = ""
    num = 196
    bar = param if 7 * 18 + num > 200 else "<config/>"
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    # expect: xxe
    tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)
    return {"items": len(tree.findall(".//item"))}
