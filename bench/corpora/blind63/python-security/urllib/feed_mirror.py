"""Mirrors nightly data dumps from the partners' download servers."""
import shutil
import urllib.request
from urllib.request import FTPHandler, HTTPSHandler, OpenerDirector

FTP_DUMP_URL = "ftp://downloads.partner-a.example/nightly/catalog.csv.gz"
HTTPS_DUMP_URL = "https://downloads.partner-b.example/nightly/catalog.csv.gz"


def _opener(*handlers):
    opener = OpenerDirector()
    for handler in handlers:
        opener.add_handler(handler)
    return opener


def fetch_partner_a(dest):
    opener = urllib.request.OpenerDirector()
    opener.add_handler(FTPHandler())
    # expect: insecure-transport
    with opener.open(FTP_DUMP_URL, timeout=60) as src, open(dest, "wb") as out:
        shutil.copyfileobj(src, out)


def fetch_prices(dest, url="ftp://anonymous@prices.partner-c.example/pub/prices.xml"):
    od = urllib.request.OpenerDirector()
    od.add_handler(urllib.request.FTPHandler())
    # expect: insecure-transport
    with od.open(url) as src, open(dest, "wb") as out:
        shutil.copyfileobj(src, out)


def fetch_archive(year):
    # expect: insecure-transport
    return urllib.request.OpenerDirector().open("ftp://archive.partner-a.example/%d/full.tar" % year).read()


class Mirror:
    def __init__(self, host):
        self.host = host
        self.opener = _opener(FTPHandler(), HTTPSHandler())

    def pull(self, path):
        # expect: insecure-transport
        return self.opener.open("ftp://" + self.host + path, timeout=60).read()


def fetch_partner_b(dest):
    opener = OpenerDirector()
    opener.add_handler(HTTPSHandler())
    with opener.open(HTTPS_DUMP_URL, timeout=60) as src, open(dest, "wb") as out:
        shutil.copyfileobj(src, out)


def fetch_local(path):
    opener = urllib.request.build_opener()
    return opener.open("file://" + path).read()
