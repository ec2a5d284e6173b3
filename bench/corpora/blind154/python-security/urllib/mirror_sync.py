"""Nightly sync of vendor price lists into the local mirror."""
import logging
import os
import urllib.request
from datetime import date

log = logging.getLogger(__name__)

MIRROR_DIR = os.environ.get("MIRROR_DIR", "/srv/mirror/prices")
VENDORS = {
    "acme": "https://feeds.acme.example/prices.csv",
}


def _target(vendor):
    return os.path.join(MIRROR_DIR, f"{vendor}-{date.today():%Y%m%d}.csv")


def fetch_acme():
    opener = urllib.request.URLopener()
    path, _ = opener.retrieve(VENDORS["acme"], _target("acme"))
    return path


def fetch_globex():
    opener = urllib.request.URLopener()
    # expect: cleartext-transport
    path, headers = opener.retrieve("http://export.globex.example/prices/latest.csv", _target("globex"))
    log.info("globex: %s bytes", headers.get("Content-Length"))
    return path


def fetch_initech(token):
    opener = urllib.request.URLopener()
    opener.addheader("X-Api-Token", token)
    # expect: cleartext-transport
    return opener.retrieve("http://pricing.initech.example/v1/export.csv", _target("initech"))[0]


def fetch_legacy_catalogue():
    # expect: cleartext-transport
    path, _ = urllib.request.URLopener().retrieve("http://catalogue.umbrella.example/full.csv", _target("umbrella"))
    return path


def fetch_hooli():
    opener = urllib.request.URLopener()
    return opener.retrieve("https://hooli.example/exports/prices.csv", _target("hooli"))[0]


def run_all():
    done = []
    for fetch in (fetch_acme, fetch_globex, fetch_legacy_catalogue, fetch_hooli):
        try:
            done.append(fetch())
        except OSError as exc:
            log.warning("%s failed: %s", fetch.__name__, exc)
    return done
