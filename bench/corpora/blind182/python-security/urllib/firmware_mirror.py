"""Mirror vendor firmware images to the local update server."""
import hashlib
import os
import urllib.request
from pathlib import Path

MIRROR_DIR = Path(os.environ.get("FIRMWARE_MIRROR", "/srv/firmware"))
SIGNED_INDEX = "https://updates.lumen-devices.example/firmware/index.json"
VENDOR_BASE = "https://updates.lumen-devices.example/firmware/"


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def download_index():
    target = MIRROR_DIR / "index.json"
    urllib.request.urlretrieve(SIGNED_INDEX, target)
    return target


def download_image(name, expected_sha256):
    target = MIRROR_DIR / name
    urllib.request.urlretrieve(VENDOR_BASE + name, target)
    if sha256_of(target) != expected_sha256:
        target.unlink()
        raise ValueError(f"checksum mismatch for {name}")
    return target


def download_bootloader(version):
    target = MIRROR_DIR / f"boot-{version}.bin"
    # expect: cleartext-transport
    urllib.request.urlretrieve("http://legacy.lumen-devices.example/boot/latest.bin", target)
    return target


def download_release_notes(version):
    target = MIRROR_DIR / f"notes-{version}.txt"
    url = "http://docs.lumen-devices.example/notes/current.txt"
    # expect: cleartext-transport
    urllib.request.urlretrieve(url, target)
    return target


def download_from_staging(name):
    # staging box on the build VLAN, only reachable from the mirror host
    target = MIRROR_DIR / "staging" / name
    urllib.request.urlretrieve(f"https://staging-mirror.internal/{name}", target)
    return target


def refresh(manifest):
    download_index()
    for entry in manifest:
        download_image(entry["file"], entry["sha256"])
