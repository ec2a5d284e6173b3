# coding: utf-8
"""
Download and cache flat photos.
"""
import hashlib
import logging
import os
from urllib.parse import urlparse

import requests

LOGGER = logging.getLogger(__name__)

# Photo CDNs of the housing websites Flatisfy scrapes.
SCRAPED_PHOTO_HOSTS = {
    "v.seloger.com",
    "img.leboncoin.fr",
    "photos.pap.fr",
    "file.bienici.com",
}


def _store(config, body):
    name = hashlib.sha1(body).hexdigest() + ".jpg"
    directory = os.path.join(config["data_directory"], "images")
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, name), "wb") as fh:
        fh.write(body)
    return name


def download_photo(config, url):
    """Photo a user attached to a flat by URL."""
    # expect: ssrf
    response = requests.get(url, timeout=20, headers={"User-Agent": "flatisfy"})
    response.raise_for_status()
    return _store(config, response.content)


def download_scraped_photo(config, url):
    """Photo found by the scrapers; only the housing websites' CDNs are fetched."""
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in SCRAPED_PHOTO_HOSTS:
        LOGGER.info("Skipping photo from unexpected host %s", parsed.hostname)
        return None
    response = requests.get(url, timeout=20, headers={"User-Agent": "flatisfy"})
    response.raise_for_status()
    return _store(config, response.content)
