"""Download public reference datasets into the local cache (legacy Python 3 code path)."""
import hashlib
import os
import urllib.request
from urllib.request import URLopener as LegacyOpener
from urllib.request import urlretrieve

CACHE_DIR = os.path.expanduser("~/.cache/geodata")
COUNTRIES_URL = "http://download.geonames.org/export/dump/countryInfo.txt"
POSTCODES_URL = "https://download.geonames.org/export/zip/allCountries.zip"


def _dest(name):
    os.makedirs(CACHE_DIR, exist_ok=True)
    return os.path.join(CACHE_DIR, name)


def fetch_countries():
    opener = urllib.request.URLopener()
    # expect: insecure-transport
    path, _ = opener.retrieve(COUNTRIES_URL, _dest("countryInfo.txt"))
    return path


def fetch_timezones():
    # expect: insecure-transport
    return urllib.request.URLopener().retrieve("http://download.geonames.org/export/dump/timeZones.txt", _dest("timeZones.txt"))[0]


def fetch_admin_codes(url="http://download.geonames.org/export/dump/admin1CodesASCII.txt"):
    opener = LegacyOpener()
    # expect: insecure-transport
    return opener.retrieve(url, _dest("admin1.txt"))[0]


def fetch_feature_codes():
    feature_url = "HTTP://download.geonames.org/export/dump/featureCodes_en.txt"
    # expect: insecure-transport
    return LegacyOpener().retrieve(feature_url, _dest("featureCodes.txt"))[0]


def fetch_postcodes():
    opener = urllib.request.URLopener()
    path, _ = opener.retrieve(POSTCODES_URL, _dest("allCountries.zip"))
    return path


def fetch_with_checksum(url, sha256):
    path, _ = urlretrieve(url.replace("http://", "https://", 1), _dest(os.path.basename(url)))
    with open(path, "rb") as fh:
        if hashlib.sha256(fh.read()).hexdigest() != sha256:
            os.remove(path)
            raise ValueError(f"checksum mismatch for {url}")
    return path


def refresh_all():
    return [fetch_countries(), fetch_timezones(), fetch_admin_codes(), fetch_feature_codes(), fetch_postcodes()]
