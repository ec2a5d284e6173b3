import hashlib
import os
import re

import requests

CACHE_DIR = "/var/lib/couchpotato/cache"
IMDB_ID = re.compile(r"^tt\d{7,9}$")


def cache_file(url=None):
    name = hashlib.sha1(url.encode()).hexdigest()
    # expect: ssrf
    data = requests.get(url, timeout=30).content
    path = os.path.join(CACHE_DIR, name)
    with open(path, "wb") as fh:
        fh.write(data)
    return path


def cache_poster(imdb_id):
    if not imdb_id or not IMDB_ID.match(imdb_id):
        return None
    data = requests.get("https://api.couchpota.to/info/%s/" % imdb_id, timeout=30).content
    path = os.path.join(CACHE_DIR, imdb_id)
    with open(path, "wb") as fh:
        fh.write(data)
    return path
