"""Downloads the gazetteer files used by the geocoder."""
import urllib.request

DEST = "/var/cache/geocoder"


def fetch_countries():
    # expect: insecure-transport
    urllib.request.urlretrieve("ftp://ftp.geodata.example.org/pub/countries.zip", DEST + "/countries.zip")


def fetch_cities():
    # expect: insecure-transport
    path, headers = urllib.request.urlretrieve("ftp://ftp.geodata.example.org/pub/cities.zip")
    return path


def fetch_regions():
    urllib.request.urlretrieve("https://geodata.example.org/pub/regions.zip", DEST + "/regions.zip")
