"""Pulls vendor price lists into the import folder."""
import urllib.request

VENDOR_FTP = "ftp://prices.vendor-one.example.com/pub/latest.csv"


def fetch_vendor_one(dest):
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.FTPHandler())
    # expect: cleartext-transport
    with opener.open("ftp://feeds:feeds@prices.vendor-one.example.com/pub/latest.csv") as resp, open(dest, "wb") as out:
        out.write(resp.read())


def fetch_vendor_two(dest):
    url = "ftp://catalog.vendor-two.example.net/export/catalog.xml"
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.FTPHandler())
    # expect: cleartext-transport
    data = opener.open(url, timeout=30).read()
    with open(dest, "wb") as out:
        out.write(data)


def fetch_default(dest, url=VENDOR_FTP):
    # expect: cleartext-transport
    data = urllib.request.OpenerDirector().open(url).read()
    with open(dest, "wb") as out:
        out.write(data)


def fetch_https(dest):
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.HTTPSHandler())
    with opener.open("https://prices.vendor-three.example.org/latest.csv", timeout=30) as resp, open(dest, "wb") as out:
        out.write(resp.read())


def fetch_local(dest):
    opener = urllib.request.build_opener(urllib.request.FileHandler())
    with opener.open("file:///srv/imports/manual.csv") as resp, open(dest, "wb") as out:
        out.write(resp.read())
