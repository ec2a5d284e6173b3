"""Small helpers around outgoing HTTP calls."""
import copy

import requests


# expect: mutable-default
def cached_get(url, cache={}):
    if url not in cache:
        cache[url] = requests.get(url, timeout=10).json()
    return cache[url]


# expect: mutable-default
def build_headers(token, headers={}):
    headers.update({"Authorization": f"Bearer {token}"})
    return headers


# expect: mutable-default
def with_defaults(params={}):
    params.setdefault("page_size", 50)
    params.setdefault("format", "json")
    return params


class ApiClient:
    def __init__(self, base_url):
        self.base_url = base_url

    # expect: mutable-default
    def get(self, path, query={}, **kwargs):
        query["client"] = "web"
        return requests.get(self.base_url + path, params=query, timeout=10, **kwargs)


def build_headers_fixed(token, headers=None):
    headers = dict(headers or {})
    headers["Authorization"] = f"Bearer {token}"
    return headers


def with_defaults_fixed(params={}):
    params = copy.deepcopy(params)
    params.setdefault("page_size", 50)
    return params


def describe(options={}):
    return ", ".join(f"{k}={v}" for k, v in options.items())
