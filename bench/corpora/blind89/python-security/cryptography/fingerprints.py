"""Document fingerprints and signed export manifests."""
import hashlib

from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives import hashes as h
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.hashes import MD5, SHA256, Hash

CHUNK = 64 * 1024


def document_fingerprint(stream):
    # expect: weak-hash
    digest = hashes.Hash(hashes.MD5())
    for chunk in iter(lambda: stream.read(CHUNK), b""):
        digest.update(chunk)
    return digest.finalize().hex()


def sign_manifest(private_key, manifest_bytes):
    return private_key.sign(
        manifest_bytes,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )


def legacy_manifest_signature(private_key, manifest_bytes):
    # expect: weak-hash
    return private_key.sign(manifest_bytes, padding.PKCS1v15(), h.MD5())


def api_signature(secret: bytes, payload: bytes):
    # expect: weak-hash
    mac = hmac.HMAC(secret, MD5())
    mac.update(payload)
    return mac.finalize().hex()


class IntegrityChecker:
    algorithm = SHA256

    def __init__(self, legacy=False):
        # expect: weak-hash
        self.hash_algorithm = MD5() if legacy else self.algorithm()

    def digest(self, data: bytes):
        ctx = Hash(self.hash_algorithm)
        ctx.update(data)
        return ctx.finalize()


def strong_fingerprint(data: bytes):
    ctx = Hash(SHA256())
    ctx.update(data)
    return ctx.finalize().hex()


def etag(data: bytes):
    return hashlib.md5(data, usedforsecurity=False).hexdigest()
