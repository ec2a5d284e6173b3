"""File fingerprints for the sync cache."""
import hashlib
import hashlib as hl

LEGACY_DIGEST = "md5"


def fingerprint(path):
    # expect: weak-crypto
    h = hashlib.new("md5")
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def legacy_etag(body: bytes) -> str:
    # expect: weak-crypto
    return hl.new("MD5", body).hexdigest()


def ntlm_like(password: str) -> str:
    # expect: weak-crypto
    return hashlib.new(name="md4", data=password.encode("utf-16le")).hexdigest()


def content_id(data, algorithm=LEGACY_DIGEST):
    # expect: weak-crypto
    return hashlib.new(algorithm, data).hexdigest()


def safe_digests(data):
    strong = hashlib.new("sha256", data).hexdigest()
    blake = hashlib.blake2b(data, digest_size=16).hexdigest()
    cache_key = hashlib.md5(data, usedforsecurity=False).hexdigest()
    return strong, blake, cache_key
