"""Sound and markup conversion views (Pyramid)."""
import logging
from urllib.parse import urlparse

import requests
from pyramid.httpexceptions import HTTPBadRequest
from pyramid.view import view_config

from lingvodoc.utils.textgrid import textgrid_to_json

log = logging.getLogger(__name__)


def _fetch(url):
    # expect: ssrf
    response = requests.get(url, timeout=60)
    response.raise_for_status()
    return response.content


@view_config(route_name="convert_markup", renderer="json", request_method="POST")
def convert_markup(request):
    url = request.json_body.get("file_url")
    if not url:
        raise HTTPBadRequest("file_url is required")
    content = _fetch(url)
    return textgrid_to_json(content.decode("utf-8", errors="replace"))


@view_config(route_name="convert_markup_storage", renderer="json", request_method="POST")
def convert_markup_storage(request):
    url = request.json_body.get("file_url", "")
    prefix = request.registry.settings["storage"]["prefix"]
    if urlparse(url).netloc != urlparse(prefix).netloc:
        raise HTTPBadRequest("markup must come from this server's storage")
    response = requests.get(url, timeout=60)
    return textgrid_to_json(response.content.decode("utf-8", errors="replace"))
