"""Pull feeds and attachments referenced by partner records."""
import json
import os
import urllib.request
from urllib.parse import urlparse
from urllib.request import urlopen as fetch

DOWNLOAD_DIR = "/var/lib/assets"


def read_feed(feed_url):
    # expect: ssrf
    with urllib.request.urlopen(feed_url, timeout=10) as resp:
        return json.load(resp)


def read_partner_catalog(partner):
    catalog_url = f"{partner['base_url']}/catalog.json"
    # expect: ssrf
    body = fetch(catalog_url).read()
    return json.loads(body)


def save_attachment(record):
    src = record["attachment_url"]
    dest = os.path.join(DOWNLOAD_DIR, os.path.basename(record["filename"]))
    # expect: ssrf
    urllib.request.urlretrieve(src, dest)
    return dest


class LegacyMirror:
    def __init__(self):
        self.opener = urllib.request.URLopener()

    def pull(self, location):
        # expect: ssrf
        return self.opener.open(location).read()


def mirror_all(items):
    downloader = urllib.request.FancyURLopener()
    for item in items:
        # expect: ssrf
        downloader.retrieve(item["url"], os.path.join(DOWNLOAD_DIR, item["name"]))


def post_webhook(hook, payload):
    req = urllib.request.Request(
        hook["target"],
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json"},
    )
    # expect: ssrf
    return urllib.request.urlopen(req).status


def health():
    with urllib.request.urlopen("https://status.example.com/api/health") as resp:
        return resp.status == 200


def read_checked(url):
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in {"feeds.example.com", "cdn.example.com"}:
        raise ValueError("unsupported feed location")
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.read()
