"""Fetches package indexes from the upstream mirrors."""
import urllib.request
from urllib.request import FTPHandler, HTTPSHandler, OpenerDirector

UPSTREAM_INDEX = "ftp://mirror.example.org/pub/index.txt"


def _opener():
    opener = urllib.request.OpenerDirector()
    opener.add_handler(FTPHandler())
    opener.add_handler(HTTPSHandler())
    return opener


def fetch_index():
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.FTPHandler())
    # expect: insecure-transport
    with opener.open("ftp://mirror.example.org/pub/packages.gz") as resp:
        return resp.read()


def fetch_release_notes(version):
    url = "ftp://mirror.example.org/pub/notes/%s.txt" % version
    # expect: insecure-transport
    return _opener().open(url, timeout=30).read()


def fetch_from(url="ftp://archive.example.org/pub/latest.tar.gz"):
    director = OpenerDirector()
    director.add_handler(FTPHandler())
    # expect: insecure-transport
    return director.open(url).read()


def fetch_upstream():
    # expect: insecure-transport
    return urllib.request.build_opener().open(UPSTREAM_INDEX).read()


def fetch_signed_index():
    opener = OpenerDirector()
    opener.add_handler(HTTPSHandler())
    with opener.open("https://mirror.example.org/pub/index.txt.asc", timeout=30) as resp:
        return resp.read()
