"""Mirrors public datasets from the agency's servers."""
import ftplib
import urllib.request
from urllib.request import FancyURLopener, URLopener

CENSUS_URL = "ftp://ftp.census.example.gov/pub/tables/latest.zip"
DATA_DIR = "/var/cache/mirror"


def fetch_weather():
    # expect: insecure-transport
    urllib.request.URLopener().retrieve("ftp://ftp.weather.example.org/pub/daily.csv", f"{DATA_DIR}/daily.csv")


def fetch_census():
    opener = urllib.request.URLopener()
    # expect: insecure-transport
    opener.retrieve(CENSUS_URL, f"{DATA_DIR}/census.zip")


def fetch_archive(url="ftp://mirror.example.net/archive/dump.gz"):
    # expect: insecure-transport
    return URLopener().retrieve(url, f"{DATA_DIR}/dump.gz")


class ParcelMirror:
    def __init__(self, host):
        self.host = host
        self.opener = FancyURLopener()

    def sync(self, name):
        # expect: insecure-transport
        return self.opener.retrieve(f"ftp://{self.host}/parcels/{name}", f"{DATA_DIR}/{name}")


def fetch_boundaries():
    return URLopener().retrieve("https://data.example.gov/boundaries.geojson", f"{DATA_DIR}/boundaries.geojson")


def fetch_secure(host, name, user, password):
    with ftplib.FTP_TLS(host) as ftp:
        ftp.login(user, password)
        ftp.prot_p()
        with open(f"{DATA_DIR}/{name}", "wb") as out:
            ftp.retrbinary(f"RETR {name}", out.write)
