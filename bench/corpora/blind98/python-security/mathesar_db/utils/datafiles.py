"""Data files for imports: uploads, pasted text and URLs."""
import os
import uuid
from urllib.parse import urlparse

import requests
from django.conf import settings

DATA_FILES_DIR = os.path.join(settings.MEDIA_ROOT, "data_files")
ALLOWED_SCHEMES = {"http", "https"}


def fetch_url(url):
    if urlparse(url).scheme not in ALLOWED_SCHEMES:
        raise ValueError("only http(s) urls")
    # expect: ssrf
    return requests.get(url, timeout=20).content


def save_named(name, content):
    # expect: path-traversal
    with open(os.path.join(DATA_FILES_DIR, name), "wb") as fh:
        fh.write(content)
    return name


def save_anonymous(content, suffix=".csv"):
    name = f"{uuid.uuid4()}{suffix if suffix in {'.csv', '.tsv', '.json'} else '.csv'}"
    with open(os.path.join(DATA_FILES_DIR, name), "wb") as fh:
        fh.write(content)
    return name
