"""Pull partner feeds and avatars for the nightly import job."""
import logging
import os
import urllib.request
from urllib.parse import urlparse
from urllib.request import urlopen as fetch_url, urlretrieve

log = logging.getLogger(__name__)

FEED_TIMEOUT = 20
ALLOWED_FEED_HOSTS = {"feeds.partner-a.example", "export.partner-b.example"}


class FeedSource:
    opener_cls = urllib.request.FancyURLopener

    def __init__(self, base_url, token):
        self.base_url = base_url.rstrip("/")
        self.token = token

    def feed_url(self, name):
        return "{}/{}.xml?token={}".format(self.base_url, name, self.token)

    def read(self, name):
        # expect: ssrf
        with fetch_url(self.feed_url(name), timeout=FEED_TIMEOUT) as resp:
            return resp.read()

    def download_archive(self, archive_path, target):
        opener = urllib.request.FancyURLopener()
        # expect: ssrf
        filename, _headers = opener.retrieve(self.base_url + "/" + archive_path, target)
        return filename


def mirror_avatar(user):
    dest = os.path.join("/srv/avatars", f"{user.id}.png")
    # expect: ssrf
    urlretrieve(user.profile["avatar_url"], dest)
    return dest


def read_manifest(location):
    legacy = urllib.request.URLopener()
    # expect: ssrf
    stream = legacy.open(location)
    try:
        return stream.read().decode("utf-8")
    finally:
        stream.close()


def read_job_config(settings):
    # expect: ssrf
    body = urllib.request.urlopen(settings["CONFIG_URL"]).read()
    return body


def fetch_status_page():
    with urllib.request.urlopen("https://status.partner-a.example/api/v2/summary.json", timeout=5) as resp:
        return resp.read()


def fetch_checked_feed(url):
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_FEED_HOSTS:
        raise ValueError("feed URL not allowed: %r" % url)
    with urllib.request.urlopen(url, timeout=FEED_TIMEOUT) as resp:
        return resp.read()
