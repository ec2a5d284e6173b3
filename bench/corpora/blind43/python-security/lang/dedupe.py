"""Duplicate detection and token fingerprints."""
import hashlib
import hashlib as hl
from hashlib import sha1 as legacy_sha1


def file_md5(path):
    # expect: weak-crypto
    h = hashlib.md5()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(65536), b""):
            h.update(block)
    return h.hexdigest()


def token_fingerprint(token: str) -> str:
    # expect: weak-crypto
    return hl.sha1(token.encode()).hexdigest()


class PasswordStore:
    def hash(self, password, salt):
        # expect: weak-crypto
        return legacy_sha1(salt + password.encode()).hexdigest()


def signature(secret: bytes, body: bytes) -> str:
    # expect: weak-crypto
    return hashlib.md5(secret + body).hexdigest()


def content_id(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()


def cache_key(parts):
    return hashlib.blake2b("|".join(parts).encode(), digest_size=16).hexdigest()
