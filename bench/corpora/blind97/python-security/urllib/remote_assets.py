"""Fetches remote assets named in import manifests and webhooks."""
import json
import os
import urllib.request
from urllib.parse import urlparse

ALLOWED_HOSTS = {"cdn.partner.example", "assets.partner.example"}
STATUS_URL = "https://status.partner.example/api/v2/status.json"


def fetch_manifest_asset(entry):
    # expect: ssrf
    with urllib.request.urlopen(entry["source_url"], timeout=20) as resp:
        return resp.read()


def download_attachment(url, dest_dir):
    target = os.path.join(dest_dir, os.path.basename(urlparse(url).path) or "attachment.bin")
    # expect: ssrf
    urllib.request.urlretrieve(url, target)
    return target


class WebhookReplayer:
    def __init__(self):
        self.opener = urllib.request.URLopener()

    def replay(self, delivery):
        # expect: ssrf
        return self.opener.open(delivery["callback"]).read()


def preview_feed(feed_url):
    opener = urllib.request.FancyURLopener()
    # expect: ssrf
    filename, headers = opener.retrieve(feed_url)
    return filename


def fetch_allowed(url):
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        raise ValueError("host not allowed")
    with urllib.request.urlopen(url, timeout=20) as resp:
        return resp.read()


def partner_status():
    with urllib.request.urlopen("https://status.partner.example/api/v2/status.json", timeout=10) as resp:
        return json.load(resp)
