"""Downloads third-party assets into the build cache."""
import os
import urllib.request
from urllib.request import urlretrieve as download

CACHE = os.path.expanduser("~/.cache/site-assets")
FONT_URL = "http://fonts.example-cdn.net/inter/Inter-Regular.woff2"
MIRROR = "mirror.example.org"


def fetch_font():
    dest = os.path.join(CACHE, "Inter-Regular.woff2")
    # expect: insecure-transport
    urllib.request.urlretrieve(FONT_URL, dest)
    return dest


def fetch_jquery(version):
    dest = os.path.join(CACHE, f"jquery-{version}.min.js")
    # expect: insecure-transport
    download("http://code.example-cdn.net/jquery-" + version + ".min.js", dest)
    return dest


def fetch_dataset(name, base="http://data.example.org/exports/"):
    dest = os.path.join(CACHE, name)
    # expect: insecure-transport
    urllib.request.urlretrieve(base + name, dest)
    return dest


class MirrorClient:
    def __init__(self, host=MIRROR):
        self.base = "http://%s/pub" % host

    def get(self, path, dest):
        # expect: insecure-transport
        return urllib.request.urlretrieve(f"{self.base}/{path}", dest)


def fetch_icons():
    dest = os.path.join(CACHE, "icons.zip")
    urllib.request.urlretrieve("https://assets.example.com/icons.zip", dest)
    return dest


def fetch_configured(name):
    base = os.environ["ASSET_BASE_URL"]
    if not base.startswith("https://"):
        raise ValueError("ASSET_BASE_URL must use https")
    return download(base.rstrip("/") + "/" + name, os.path.join(CACHE, name))


def fetch_secure(path, dest, host="assets.example.com"):
    return urllib.request.urlretrieve("https://" + host + "/" + path, dest)
