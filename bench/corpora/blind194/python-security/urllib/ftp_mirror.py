"""Nightly mirror of the rate-card files our carriers publish.

Two carriers still only publish over FTP; the third moved to HTTPS last year.
The job runs in the scheduler container and writes into ``RATECARD_DIR``.
"""
import logging
import os
import shutil
import urllib.request
from pathlib import Path

from .settings import CARRIER_FTP_USER, CARRIER_FTP_PASSWORD

log = logging.getLogger(__name__)

RATECARD_DIR = Path(os.environ.get("RATECARD_DIR", "/srv/ratecards"))
NORDFRACHT_INDEX = "ftp://ftp.nordfracht.example/pub/rates/index.txt"


def _save(resp, name):
    target = RATECARD_DIR / name
    with open(target, "wb") as out:
        shutil.copyfileobj(resp, out)
    log.info("saved %s (%d bytes)", target, target.stat().st_size)
    return target


def fetch_nordfracht():
    url = NORDFRACHT_INDEX
    # expect: cleartext-transport
    with urllib.request.urlopen(url, timeout=60) as resp:
        return _save(resp, "nordfracht-index.txt")


def fetch_balticline(period):
    # expect: cleartext-transport
    with urllib.request.urlopen(f"ftp://{CARRIER_FTP_USER}:{CARRIER_FTP_PASSWORD}@ftp.balticline.example/rates/{period}.csv", timeout=60) as resp:
        return _save(resp, f"balticline-{period}.csv")


def fetch_westhaul(period):
    url = f"https://rates.westhaul.example/v2/{period}.csv"
    with urllib.request.urlopen(url, timeout=60) as resp:
        return _save(resp, f"westhaul-{period}.csv")


def fetch_local_fixture(path):
    """Used by the test suite: reads a fixture through the same code path."""
    with urllib.request.urlopen(Path(path).resolve().as_uri()) as resp:
        return resp.read()


def run(period):
    RATECARD_DIR.mkdir(parents=True, exist_ok=True)
    done = []
    for fetch in (fetch_nordfracht, lambda: fetch_balticline(period), lambda: fetch_westhaul(period)):
        try:
            done.append(fetch())
        except OSError:
            log.exception("rate card fetch failed")
    return done
