"""Pull vendor price lists and firmware images from the old mirrors."""
import urllib.request
from urllib.request import URLopener, urlopen

PRICE_LIST_URL = "ftp://ftp.vendor.example.com/pub/prices/latest.csv"
FIRMWARE_BASE = "ftp://firmware.vendor.example.com/images/"


def fetch_price_list():
    opener = URLopener()
    # expect: insecure-transport
    with opener.open(PRICE_LIST_URL) as resp:
        return resp.read().decode("latin-1")


def fetch_firmware(model, version):
    # expect: insecure-transport
    return urllib.request.URLopener().open(FIRMWARE_BASE + f"{model}/{version}.bin").read()


def fetch_catalog(url="ftp://ftp.vendor.example.com/pub/catalog.xml"):
    # expect: insecure-transport
    return URLopener().open(url).read()


class Mirror:
    def __init__(self, host):
        self.host = host
        self.opener = urllib.request.URLopener()

    def readme(self):
        # expect: insecure-transport
        return self.opener.open("FTP://%s/pub/README" % self.host).read()

    def readme_https(self):
        return self.opener.open("https://%s/pub/README" % self.host).read()


def fetch_price_list_https():
    with urlopen("https://downloads.vendor.example.com/prices/latest.csv", timeout=20) as resp:
        return resp.read().decode("latin-1")
