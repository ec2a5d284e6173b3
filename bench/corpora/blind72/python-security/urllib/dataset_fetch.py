"""Downloads public reference datasets for the ETL job."""
import os
import urllib.request
from urllib.request import urlretrieve as download

DATA_DIR = os.environ.get("DATA_DIR", "/var/lib/etl")
GEONAMES = "http://download.geonames.example/export/dump/cities500.zip"
HOLIDAYS = "https://data.example.org/holidays.csv"


def fetch_cities():
    # expect: insecure-transport
    return urllib.request.urlretrieve(GEONAMES, os.path.join(DATA_DIR, "cities500.zip"))


def fetch_rates(day):
    # expect: insecure-transport
    path, _ = urllib.request.urlretrieve("http://rates.example.net/daily.xml", f"{DATA_DIR}/rates-{day}.xml")
    return path


def fetch_postcodes(url="http://postcodes.example.com/latest.csv"):
    target = os.path.join(DATA_DIR, "postcodes.csv")
    # expect: insecure-transport
    download(url, target)
    return target


class Mirror:
    base = "http://mirror.example.com/datasets/"

    def fetch(self, name):
        # expect: insecure-transport
        return urllib.request.urlretrieve(self.base + name, os.path.join(DATA_DIR, name))


def fetch_holidays():
    return urllib.request.urlretrieve(HOLIDAYS, os.path.join(DATA_DIR, "holidays.csv"))


def fetch_local(name):
    return download("file://" + os.path.join(DATA_DIR, "seed", name), os.path.join(DATA_DIR, name))
