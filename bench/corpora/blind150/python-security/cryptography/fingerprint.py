"""Fingerprints for uploaded documents and signing of export manifests."""
import hashlib
import logging

from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.asymmetric import padding

log = logging.getLogger(__name__)


def document_fingerprint(data: bytes) -> str:
    # expect: weak-hash
    digest = hashes.Hash(hashes.MD5())
    digest.update(data)
    return digest.finalize().hex()


def sign_manifest(private_key, manifest: bytes) -> bytes:
    # expect: weak-hash
    return private_key.sign(manifest, padding.PKCS1v15(), hashes.SHA1())


def manifest_mac(key: bytes, manifest: bytes) -> bytes:
    # expect: weak-hash
    h = hmac.HMAC(key, hashes.MD5())
    h.update(manifest)
    return h.finalize()


def document_fingerprint_sha256(data: bytes) -> str:
    digest = hashes.Hash(hashes.SHA256())
    digest.update(data)
    return digest.finalize().hex()


def sign_manifest_pss(private_key, manifest: bytes) -> bytes:
    return private_key.sign(
        manifest,
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
        hashes.SHA256(),
    )


def manifest_mac_sha3(key: bytes, manifest: bytes) -> bytes:
    h = hmac.HMAC(key, hashes.SHA3_256())
    h.update(manifest)
    return h.finalize()


def cache_key(data: bytes) -> str:
    key = hashlib.blake2b(data, digest_size=16).hexdigest()
    log.debug("cache key %s", key)
    return key
