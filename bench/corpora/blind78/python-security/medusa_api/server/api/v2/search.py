"""Manual search: query a torznab indexer and filter its items by category."""
import logging

import requests
from lxml import etree

from medusa_api.server.api.v2.base import BaseRequestHandler

log = logging.getLogger(__name__)

INDEXER_URL = "https://indexer.example.net/api"
CATEGORIES = {"tv": "5000", "tv-hd": "5040", "tv-uhd": "5045"}


class SearchHandler(BaseRequestHandler):
    resource = "search"
    allowed_methods = ("GET",)

    def _fetch(self, query: str) -> etree._Element:
        resp = requests.get(INDEXER_URL, params={"t": "tvsearch", "q": query}, timeout=30)
        resp.raise_for_status()
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        return etree.fromstring(resp.content, parser)

    def get(self):
        query = self.get_argument("q", "")
        category = self.get_argument("category", "")
        tree = self._fetch(query)
        if category:
            # expect: xpath-injection
            items = tree.xpath("//item[category='" + category + "']")
        else:
            items = tree.xpath("//item")
        return self.api_finish(data=[{"title": i.findtext("title"), "link": i.findtext("link")} for i in items])


class SearchByCategoryHandler(BaseRequestHandler):
    resource = "search/category"
    allowed_methods = ("GET",)

    def get(self, category_name):
        query = self.get_argument("q", "")
        tree = SearchHandler._fetch(self, query)
        code = CATEGORIES.get(category_name)
        if code is None:
            return self._bad_request("Unknown category")
        items = tree.xpath("//item[category=$cat]", cat=code)
        title_filter = self.get_argument("title", "")
        if title_filter:
            items = [i for i in items if title_filter.lower() in (i.findtext("title") or "").lower()]
        return self.api_finish(data=[i.findtext("title") for i in items])
