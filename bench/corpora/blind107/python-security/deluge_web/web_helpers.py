import os
from urllib.parse import urlparse

import requests

KNOWN_TRACKERS = {"tracker.debian.org", "torrent.ubuntu.com"}


def fetch_url(url, headers):
    # expect: ssrf
    resp = requests.get(url, headers=headers, timeout=30)
    tmp = os.path.join("/tmp/delugeweb", os.path.basename(urlparse(url).path) or "download.torrent")
    with open(tmp, "wb") as fh:
        fh.write(resp.content)
    return tmp


def fetch_url_checked(tracker, info_hash):
    if tracker not in KNOWN_TRACKERS:
        raise ValueError(tracker)
    resp = requests.get("https://%s/file" % tracker, params={"info_hash": info_hash}, timeout=30)
    return len(resp.content)


def torrent_upload_path(upload_dir, filename):
    # expect: path-traversal
    return os.path.join(upload_dir, filename)
