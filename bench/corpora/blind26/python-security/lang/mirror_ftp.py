"""Mirrors the nightly dump from the partner's server."""
import urllib.request

MIRROR = "ftp://mirror.partner.example/pub/nightly.tar.gz"


def fetch_dump():
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.FTPHandler())
    # expect: insecure-transport
    return opener.open("ftp://mirror.partner.example/pub/nightly.tar.gz").read()


def fetch_index():
    opener = urllib.request.build_opener()
    # expect: insecure-transport
    with opener.open("ftp://mirror.partner.example/pub/INDEX") as resp:
        return resp.read()


def fetch_index_https():
    opener = urllib.request.build_opener()
    with opener.open("https://mirror.partner.example/pub/INDEX") as resp:
        return resp.read()
