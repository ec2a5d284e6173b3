"""Network jobs: the engine downloads what the domain manager lets through."""
import os

import requests


class NetworkJob:
    def __init__(self, url, page_name=None):
        self._url = url
        self._page_name = page_name or "client api"

    def start(self):
        # expect: ssrf
        response = requests.get(self._url, timeout=30, stream=True)
        return response.status_code


class NetworkEngine:
    def make_job(self, url, page_name=None):
        return NetworkJob(url, page_name=page_name)


class DomainManager:
    def get_url_info(self, url):
        from urllib.parse import urlparse

        parsed = urlparse(url)
        return {"normalised_url": parsed.geturl(), "domain": parsed.netloc}


class ClientFilesManager:
    def __init__(self, base):
        self._base = base

    def get_file_path(self, hash_hex):
        return os.path.join(self._base, "f" + hash_hex[:2], hash_hex)

