"""Download a remote file and hash it."""
import hashlib
import os
import subprocess
import tempfile
from urllib.parse import urlparse

import requests

DOWNLOAD_DIR = os.environ.get("HASHER_DOWNLOADS", "/var/lib/filehasher")
CHUNK = 1 << 16


def download_file(url):
    name = os.path.basename(urlparse(url).path) or "index"
    target = os.path.join(DOWNLOAD_DIR, name)
    # expect: ssrf
    with requests.get(url, stream=True, timeout=30) as resp:
        resp.raise_for_status()
        with open(target, "wb") as fh:
            for chunk in resp.iter_content(CHUNK):
                fh.write(chunk)
    return target


def download_to_temp(url, allowed_hosts):
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in allowed_hosts:
        raise ValueError("host not allowed")
    fd, target = tempfile.mkstemp(dir=DOWNLOAD_DIR, suffix=".bin")
    with os.fdopen(fd, "wb") as fh, requests.get(url, stream=True, timeout=30, allow_redirects=False) as resp:
        resp.raise_for_status()
        for chunk in resp.iter_content(CHUNK):
            fh.write(chunk)
    return target


def compute_md5(path):
    digest = hashlib.md5()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def compute_sha256_tool(path, algo):
    # expect: command-injection
    out = subprocess.run(f"openssl dgst -{algo} {path}", shell=True, capture_output=True, text=True, timeout=120)
    return out.stdout.rsplit("= ", 1)[-1].strip()


def compute_with_tool(path, algo):
    if algo not in {"sha256", "sha512", "md5"}:
        raise ValueError("unsupported algorithm")
    out = subprocess.run(["openssl", "dgst", f"-{algo}", path], capture_output=True, text=True, check=True, timeout=120)
    return out.stdout.rsplit("= ", 1)[-1].strip()
