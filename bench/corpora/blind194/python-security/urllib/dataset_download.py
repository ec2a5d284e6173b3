"""Downloads the public reference datasets used by the geocoder.

The script is old and still uses ``URLopener``; it runs monthly on the data box.
"""
import hashlib
import logging
import os
import urllib.request

log = logging.getLogger(__name__)

DATA_DIR = os.environ.get("GEO_DATA_DIR", "/var/lib/geocoder")
POSTCODES_URL = "https://download.postcodes.example/latest/postcodes.zip"


def _sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fetch_postcodes():
    target = os.path.join(DATA_DIR, "postcodes.zip")
    urllib.request.URLopener().retrieve(POSTCODES_URL, target)
    return target


def fetch_gazetteer(user, password):
    opener = urllib.request.URLopener()
    target = os.path.join(DATA_DIR, "gazetteer.txt.gz")
    # expect: cleartext-transport
    opener.retrieve(f"ftp://{user}:{password}@ftp.geodata.example/gazetteer/gazetteer.txt.gz", target)
    return target


def fetch_boundaries(url="ftp://ftp.census.example/pub/boundaries/latest.shp.zip"):
    target = os.path.join(DATA_DIR, "boundaries.shp.zip")
    # expect: cleartext-transport
    urllib.request.URLopener().retrieve(url, target)
    return target


def fetch_checksums():
    target = os.path.join(DATA_DIR, "SHA256SUMS")
    with urllib.request.urlopen("https://download.postcodes.example/latest/SHA256SUMS", timeout=60) as resp:
        with open(target, "wb") as out:
            out.write(resp.read())
    return target


def refresh(user, password):
    os.makedirs(DATA_DIR, exist_ok=True)
    files = [fetch_postcodes(), fetch_gazetteer(user, password), fetch_boundaries()]
    for path in files:
        log.info("%s sha256=%s", path, _sha256(path))
    return files
