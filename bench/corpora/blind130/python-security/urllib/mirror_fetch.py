"""Fetches upstream release archives for the internal package mirror."""
import hashlib
import os
import urllib.request

MIRROR_DIR = "/srv/mirror"
GNU_FTP = "ftp://ftp.gnu.org/gnu/"


def _store(name, data):
    path = os.path.join(MIRROR_DIR, os.path.basename(name))
    with open(path, "wb") as fh:
        fh.write(data)
    return hashlib.sha256(data).hexdigest()


def fetch_gnu_release(name):
    opener = urllib.request.URLopener()
    # expect: cleartext-transport
    data = opener.open("ftp://ftp.gnu.org/gnu/" + name).read()
    return _store(name, data)


def fetch_readme():
    # expect: cleartext-transport
    return urllib.request.URLopener().open("ftp://ftp.kernel.example.org/pub/README").read()


def fetch_checksums(project):
    listing = "ftp://mirrors.example.org/pub/checksums/SHA256SUMS"
    opener = urllib.request.URLopener()
    # expect: cleartext-transport
    body = opener.open(listing).read().decode()
    return [line for line in body.splitlines() if project in line]


def fetch_gnu_release_tls(name):
    opener = urllib.request.URLopener()
    data = opener.open("https://ftp.gnu.org/gnu/" + name).read()
    return _store(name, data)


def fetch_index():
    with urllib.request.urlopen("https://mirrors.example.org/pub/index.json", timeout=30) as resp:
        return resp.read()
