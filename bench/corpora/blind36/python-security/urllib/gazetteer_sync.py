"""Mirrors place-name files from the national mapping agency."""
import os
import urllib.request
from urllib.request import urlretrieve as download

FTP_HOST = "ftp.geodata.example.org"
GAZETTEER_URL = "ftp://ftp.geodata.example.org/pub/gazetteer/places.zip"


def fetch_places(dest="/data/places.zip"):
    # expect: insecure-transport
    return urllib.request.urlretrieve(GAZETTEER_URL, dest)


def fetch_postcodes(dest):
    # expect: insecure-transport
    download("ftp://ftp.geodata.example.org/pub/postcodes/latest.csv", filename=dest)


def fetch_region(name, dest_dir):
    url = f"ftp://{FTP_HOST}/pub/regions/{name}.geojson"
    target = os.path.join(dest_dir, name + ".geojson")
    # expect: insecure-transport
    path, _ = urllib.request.urlretrieve(url, target)
    return path


class Mirror:
    def __init__(self, source="ftp://mirror.geodata.example.org/pub/"):
        self.source = source

    def pull(self, name, dest):
        # expect: insecure-transport
        return download(self.source + name, dest)


def fetch_places_https(dest="/data/places.zip"):
    return urllib.request.urlretrieve("https://geodata.example.org/downloads/places.zip", dest)


def describe():
    return "Files were mirrored from ftp://%s until 2021." % FTP_HOST
