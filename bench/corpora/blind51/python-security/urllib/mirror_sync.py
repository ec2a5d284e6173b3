"""Syncs the package index from the legacy mirror into the local cache."""
import os
import urllib.request
from urllib.request import URLopener as Opener
from urllib.request import urlretrieve

CACHE = "/var/cache/pkgindex"
FEED_URL = "http://mirror.example.org/pub/index.xml"
SIGNED_INDEX = "https://mirror.example.org/pub/index.xml.asc"


def fetch_readme():
    # expect: insecure-transport
    urllib.request.URLopener().retrieve("http://mirror.example.org/pub/README", os.path.join(CACHE, "README"))


def fetch_index():
    opener = urllib.request.URLopener()
    # expect: insecure-transport
    opener.retrieve(FEED_URL, os.path.join(CACHE, "index.xml"))


def fetch_package(name, base="http://mirror.example.org/pub/packages/"):
    opener = Opener()
    # expect: insecure-transport
    return opener.retrieve(base + name, os.path.join(CACHE, name))


class MirrorClient:
    def __init__(self, host):
        self.host = host
        self.opener = urllib.request.URLopener()

    def fetch_changelog(self):
        # expect: insecure-transport
        return self.opener.retrieve("http://" + self.host + "/pub/CHANGES", os.path.join(CACHE, "CHANGES"))

    def fetch_signature(self):
        return self.opener.retrieve(SIGNED_INDEX, os.path.join(CACHE, "index.xml.asc"))


def fetch_keyring():
    return urlretrieve("https://mirror.example.org/pub/keyring.gpg", os.path.join(CACHE, "keyring.gpg"))


def fetch_local(path):
    opener = urllib.request.URLopener()
    return opener.retrieve("file://" + os.path.abspath(path), os.path.join(CACHE, os.path.basename(path)))
