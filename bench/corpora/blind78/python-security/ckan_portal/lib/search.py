"""Solr search: the query is sent as parameters to a configured Solr core."""
import logging
import os

import requests

log = logging.getLogger(__name__)

SOLR_URL = os.environ.get("CKAN_SOLR_URL", "http://127.0.0.1:8983/solr/ckan")


class SearchError(Exception):
    pass


class PackageSearchQuery:
    def __init__(self, solr_url: str = SOLR_URL):
        self.solr_url = solr_url.rstrip("/")

    def run(self, query: dict) -> dict:
        params = dict(query)
        params["wt"] = "json"
        params.setdefault("fl", "id name title notes")
        try:
            resp = requests.get(f"{self.solr_url}/select", params=params, timeout=10)
            resp.raise_for_status()
        except requests.RequestException as exc:
            log.error("Solr returned an error (status %s)", getattr(exc.response, "status_code", None))
            raise SearchError("Search is unavailable") from exc
        body = resp.json()["response"]
        return {"count": body["numFound"], "results": body["docs"]}
