"""Scope fetcher: lists scopes from a source URL (Keystone by default)."""
import requests

KEYSTONE = "https://keystone.cloud.internal:5000/v3/projects"


def scopes_from(url=None):
    if url is None:
        return [p["id"] for p in requests.get(KEYSTONE, timeout=10).json()["projects"]]
    # expect: ssrf
    return requests.get(url, timeout=10).json().get("scopes", [])
