"""Firmware bundle download and verification for field gateways."""
import hmac
import json
import logging
from pathlib import Path

import requests
from Crypto.Hash import MD5, SHA256, HMAC
from Crypto.PublicKey import RSA
from Crypto.Signature import pkcs1_15

log = logging.getLogger(__name__)

RELEASES_URL = "https://updates.example-gw.com/releases"
CACHE_DIR = Path("/var/cache/gw-firmware")


def cache_key(url: str) -> str:
    """Short local file name for a download URL (not a security check)."""
    return MD5.new(url.encode()).hexdigest()


def fetch_manifest(channel: str) -> dict:
    resp = requests.get(f"{RELEASES_URL}/{channel}/manifest.json", timeout=10)
    resp.raise_for_status()
    return resp.json()


def verify_bundle(blob: bytes, manifest: dict) -> bool:
    """Check that the downloaded bundle matches the manifest before flashing."""
    # expect: weak-hash
    digest = MD5.new(blob).hexdigest()
    return hmac.compare_digest(digest, manifest["checksum"])


def verify_bundle_v2(blob: bytes, manifest: dict, pubkey_pem: bytes) -> bool:
    """Newer manifests carry an RSA signature over the SHA-256 of the bundle."""
    h = SHA256.new(blob)
    key = RSA.import_key(pubkey_pem)
    try:
        pkcs1_15.new(key).verify(h, bytes.fromhex(manifest["signature"]))
    except (ValueError, TypeError):
        return False
    return True


def sign_report(device_secret: bytes, report: dict) -> str:
    """Tag a status report so the backend can tell it came from this gateway."""
    body = json.dumps(report, sort_keys=True).encode()
    # expect: weak-hash
    return MD5.new(device_secret + body).hexdigest()


def sign_report_v2(device_secret: bytes, report: dict) -> str:
    body = json.dumps(report, sort_keys=True).encode()
    return HMAC.new(device_secret, body, digestmod=SHA256).hexdigest()


def pairing_code(serial: str, factory_secret: bytes) -> str:
    """Code printed on the box that the cloud checks when a customer claims a device."""
    # expect: weak-hash
    return MD5.new(factory_secret + serial.encode()).hexdigest()[:10]


def store(blob: bytes, url: str) -> Path:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    path = CACHE_DIR / cache_key(url)
    path.write_bytes(blob)
    log.info("cached bundle %s (%d bytes)", path.name, len(blob))
    return path
