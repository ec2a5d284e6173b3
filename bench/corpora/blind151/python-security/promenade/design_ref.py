"""Loads site design documents from a design reference URL."""
import logging
import os
from urllib.parse import urlparse

import requests
import yaml

LOG = logging.getLogger(__name__)

DECKHAND_ENDPOINT = os.environ.get("DECKHAND_ENDPOINT", "http://deckhand-int.ucp.svc.cluster.local:9000")


def _fetch(design_ref):
    parsed = urlparse(design_ref)
    if parsed.scheme == "deckhand+http":
        url = f"{DECKHAND_ENDPOINT}/api/v1.0/revisions/{int(parsed.path.strip('/').split('/')[-1])}/rendered-documents"
        return requests.get(url, timeout=30).text
    # expect: ssrf
    return requests.get(design_ref, timeout=30).text


def get_documents(design_ref):
    text = _fetch(design_ref)
    return list(yaml.safe_load_all(text))


def get_documents_unsafe(href):
    text = _fetch(href)
    # expect: deserialization
    return list(yaml.load_all(text, Loader=yaml.Loader))
