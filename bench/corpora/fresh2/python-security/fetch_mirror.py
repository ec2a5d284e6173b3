"""Mirror sync job: pulls package indexes from upstream mirrors."""
import ftplib
import logging
import os
import urllib.request as urlreq
from urllib.request import urlopen as fetch_url, urlretrieve
from urllib.request import build_opener, HTTPSHandler, Request

import requests
from requests import Session

log = logging.getLogger(__name__)

UPSTREAM = "https://mirror.example.org/simple/"
LEGACY_INDEX = "http://legacy-mirror.example.org/simple/"


def fetch_index(name):
    # expect: insecure-transport
    with fetch_url("http://pypi.example.net/simple/" + name + "/", timeout=10) as resp:
        return resp.read()


def fetch_index_tls(name):
    with fetch_url(UPSTREAM + name + "/", timeout=10) as resp:
        return resp.read()


def download_archive(url, dest):
    if not url.startswith(("https://",)):
        raise ValueError("only https mirrors are allowed")
    urlretrieve(url, dest)  # nosec B310 - scheme checked above


def download_legacy(dest):
    # expect: insecure-transport
    urlretrieve("http://legacy-mirror.example.org/dump.tar.gz", filename=dest)


def opener_fetch(path):
    opener = build_opener(HTTPSHandler())
    # expect: insecure-transport
    return opener.open("http://internal-cache.example.com/" + path).read()


def opener_fetch_tls(path):
    opener = build_opener(HTTPSHandler())
    return opener.open(f"https://internal-cache.example.com/{path}", timeout=5).read()


def request_object():
    # expect: insecure-transport
    req = Request("http://status.example.com/api/v1/health", headers={"Accept": "application/json"})
    return urlreq.urlopen(req, timeout=3)


def local_probe():
    # health check on the loopback interface is fine
    return urlreq.urlopen("http://127.0.0.1:8080/healthz", timeout=2).status


def sync_ftp(host, user, password):
    # expect: insecure-transport
    ftp = ftplib.FTP(host, timeout=30)
    ftp.login(user, password)
    ftp.retrlines("LIST")
    ftp.quit()


def sync_ftps(host, user, password):
    ftp = ftplib.FTP_TLS(host, timeout=30)
    ftp.login(user, password)
    ftp.prot_p()
    ftp.quit()


class IndexClient:
    def __init__(self, token):
        self.session = Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        # expect: insecure-transport
        self.base = "http://api.registry.example.com/v2"

    def packages(self):
        return self.session.get(self.base + "/packages", timeout=15).json()


def post_metrics(payload):
    with requests.Session() as s:
        # expect: insecure-transport
        s.post("http://metrics.example.com/ingest", json=payload, timeout=5)


def post_metrics_tls(payload):
    with requests.Session() as s:
        s.post("https://metrics.example.com/ingest", json=payload, timeout=5)


def docs_link():
    # A URL in a log message is not a request
    log.info("see http://docs.example.com/mirror for details")
    return LEGACY_INDEX.replace("http://", "https://")
