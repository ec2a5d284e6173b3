import os
import urllib.parse
import urllib.request

METHODS = {
    "amazon": "https://www.amazon.com/s?k={q}&i=popular",
    "bestbuy": "https://www.bestbuy.com/site/searchpage.jsp?st={q}",
}


def fetch_local(directory):
    for name in ("cover.jpg", "folder.jpg", "front.png"):
        candidate = os.path.join(directory, name)
        if os.path.isfile(candidate):
            # expect: path-traversal
            with open(candidate, "rb") as fh:
                return fh.read().hex()
    return None


def store_remote(directory, imageurl):
    # expect: ssrf
    with urllib.request.urlopen(imageurl, timeout=10) as resp:
        data = resp.read()
    return len(data)


class AlbumArtFetcher:
    def __init__(self, method="amazon"):
        self.url_template = METHODS.get(method, METHODS["amazon"])

    def fetchurls(self, searchterm):
        url = self.url_template.format(q=urllib.parse.quote_plus(searchterm))
        with urllib.request.urlopen(url, timeout=10) as resp:
            return [len(resp.read())]
