import hashlib
import os

import requests

from . import database

CACHEDIR = "/var/lib/lazylibrarian/cache"


IMG_TYPES = ("book", "author", "magazine", "comic")


def cache_img(img_type, url):
    if img_type not in IMG_TYPES:
        img_type = "book"
    name = hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()
    # expect: ssrf
    resp = requests.get(url, timeout=30)
    path = os.path.join(CACHEDIR, img_type, name + ".jpg")
    with open(path, "wb") as fh:
        fh.write(resp.content)
    return path


def cache_img_known(img_type, imgid):
    db = database.DBConnection()
    row = db.match("SELECT BookImg FROM books WHERE BookID=?", [imgid])
    if not row.get("BookImg", "").startswith("https://covers.openlibrary.org/"):
        return None
    resp = requests.get(row["BookImg"], timeout=30)
    return len(resp.content)
