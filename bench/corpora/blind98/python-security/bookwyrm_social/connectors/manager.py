"""Fetching book data from remote instances and catalogues."""
import ipaddress
import socket
from urllib.parse import quote_plus, urlparse

import requests

SEARCH_URL = "https://openlibrary.org/search.json?q="
TIMEOUT = 10


def get_data(url, params=None):
    """Fetch one ActivityPub/JSON document."""
    # expect: ssrf
    resp = requests.get(url, params=params, headers={"Accept": "application/activity+json"}, timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.json()


def search_catalogue(query):
    """The query only goes into the query string of a fixed host."""
    resp = requests.get(SEARCH_URL + quote_plus(query), timeout=TIMEOUT)
    return resp.json().get("docs", [])


def _is_public(host):
    try:
        addr = ipaddress.ip_address(socket.gethostbyname(host))
    except (OSError, ValueError):
        return False
    return addr.is_global


def get_public_data(url):
    parsed = urlparse(url)
    if parsed.scheme != "https" or not _is_public(parsed.hostname or ""):
        raise ValueError("remote id must be a public https url")
    return requests.get(url, timeout=TIMEOUT, allow_redirects=False).json()


def resolve_remote_id(remote_id, model=None):
    """Look up or load an object by its ActivityPub id."""
    if model is not None:
        existing = model.objects.filter(remote_id=remote_id).first()
        if existing:
            return existing
    return get_data(remote_id)


def download_cover(url):
    # expect: ssrf
    response = requests.get(url, stream=True, timeout=TIMEOUT)
    return response.content
