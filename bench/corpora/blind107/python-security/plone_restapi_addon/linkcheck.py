import requests


class LinkChecker:
    def __init__(self, portal_url):
        self.portal_url = portal_url.rstrip("/")

    def check(self, url):
        # expect: ssrf
        return requests.head(url, allow_redirects=True, timeout=5).status_code

    def check_internal(self, url):
        path = "/" + (url or "").split("://", 1)[-1].split("/", 1)[-1]
        return requests.head(self.portal_url + path.replace("..", ""), timeout=5).status_code
