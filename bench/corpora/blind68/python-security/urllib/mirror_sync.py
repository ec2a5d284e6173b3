"""Mirror vendor firmware bundles to local storage (legacy sync script)."""
import hashlib
import os
import urllib.request
from urllib.request import URLopener

MIRROR_ROOT = "/var/cache/firmware"
VENDOR_INDEX = "ftp://ftp.vendor-firmware.example/pub/index.txt"


def _target(name):
    return os.path.join(MIRROR_ROOT, os.path.basename(name))


def fetch_index():
    # expect: insecure-transport
    path, _ = urllib.request.URLopener().retrieve("ftp://ftp.vendor-firmware.example/pub/index.txt", _target("index.txt"))
    return path


def fetch_bundle(name, release="stable"):
    opener = urllib.request.URLopener()
    opener.addheader("User-Agent", "fw-mirror/1.4")
    # expect: insecure-transport
    opener.retrieve("ftp://ftp.vendor-firmware.example/pub/%s/%s" % (release, name), _target(name))
    return _target(name)


def fetch_signatures():
    sig_url = "ftp://ftp.vendor-firmware.example/pub/SHA256SUMS"
    opener = URLopener()
    # expect: insecure-transport
    opener.retrieve(sig_url, _target("SHA256SUMS"))


def fetch_release_notes(notes_url="ftp://ftp.vendor-firmware.example/pub/NOTES.txt"):
    opener = urllib.request.URLopener()
    # expect: insecure-transport
    local, _ = opener.retrieve(notes_url, _target("NOTES.txt"))
    return local


def fetch_index_again():
    url = VENDOR_INDEX
    # expect: insecure-transport
    urllib.request.URLopener().retrieve(url, _target("index.txt"))


def fetch_bundle_https(name):
    opener = urllib.request.URLopener()
    local, _ = opener.retrieve("https://downloads.vendor-firmware.example/pub/" + name, _target(name))
    return local


def verify(path, expected):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            digest.update(chunk)
    return digest.hexdigest() == expected
