"""SAML-ish metadata import and RSS ingestion."""
import xml.etree.ElementTree as ET
from xml.etree import ElementTree
from xml.etree.ElementTree import XMLParser, fromstring

import defusedxml.ElementTree as SafeET
import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/metadata")
def import_metadata():
    # expect: xxe
    root = ET.fromstring(request.data)
    return {"entity": root.get("entityID")}


@app.post("/metadata/file")
def import_metadata_file():
    upload = request.files["metadata"]
    # expect: xxe
    tree = ElementTree.parse(upload.stream)
    return {"entity": tree.getroot().get("entityID")}


@app.post("/metadata/v2")
def import_metadata_v2():
    body = request.get_data()
    # expect: xxe
    root = fromstring(body, parser=XMLParser())
    return {"entity": root.get("entityID")}


@app.post("/metadata/safe")
def import_metadata_safe():
    # safe: defusedxml
    root = SafeET.fromstring(request.data)
    return {"entity": root.get("entityID")}


@app.post("/feeds")
def ingest_feed():
    url = app.config["FEED_URL"]
    resp = requests.get(url, timeout=10)
    # safe: defusedxml on the fetched document
    channel = SafeET.fromstring(resp.content).find("channel")
    return {"title": channel.findtext("title")}


def build_reply(entity_id):
    # safe: building, not parsing
    root = ET.Element("Reply", entityID=entity_id)
    return ET.tostring(root)
