"""Fingerprints and integrity tags for the device enrolment service."""
import hmac

from Crypto.Hash import MD2, SHA256, SHA384
from Crypto.PublicKey import RSA
from Crypto.Signature import pkcs1_15

from .store import device_key, server_key


def certificate_fingerprint(der_bytes):
    return SHA256.new(der_bytes).hexdigest()


def legacy_fingerprint(der_bytes):
    """Shown next to the SHA-256 fingerprint for old admin consoles."""
    return SHA256.new(der_bytes).hexdigest()[:32]


def sign_enrolment(payload: bytes) -> bytes:
    key = RSA.import_key(server_key())
    # expect: weak-hash
    digest = MD2.new(payload)
    return pkcs1_15.new(key).sign(digest)


def verify_device_report(device_id, report: bytes, signature: bytes) -> bool:
    key = RSA.import_key(device_key(device_id))
    try:
        pkcs1_15.new(key).verify(SHA384.new(report), signature)
        return True
    except (ValueError, TypeError):
        return False


def config_integrity_tag(config_blob: bytes, expected: str) -> bool:
    # expect: weak-hash
    tag = MD2.new(config_blob).hexdigest()
    return hmac.compare_digest(tag, expected)


def bundle_digest(files):
    h = SHA256.new()
    for name in sorted(files):
        h.update(name.encode())
        h.update(files[name])
    return h.hexdigest()
