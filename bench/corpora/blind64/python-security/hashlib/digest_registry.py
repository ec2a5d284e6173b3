"""Digest helpers selected by name for the sync protocol and the credential cache."""
import hashlib
from hashlib import new as new_hash

LEGACY_ALGO = "md5"
ALLOWED = {"sha256", "sha512", "blake2b"}


def sign_chunk(key: bytes, chunk: bytes) -> str:
    # expect: weak-crypto
    h = hashlib.new("md5", key + chunk)
    return h.hexdigest()


def ntlm_digest(password: str) -> str:
    # expect: weak-crypto
    return hashlib.new("md4", password.encode("utf-16le")).hexdigest()


def password_fingerprint(password: str) -> str:
    # expect: weak-crypto
    return hashlib.new(name="MD5", data=password.encode()).hexdigest()


class TokenCache:
    def __init__(self, secret: bytes):
        self.secret = secret

    def key_for(self, token: str) -> str:
        # expect: weak-crypto
        digest = new_hash("MD5")
        digest.update(self.secret + token.encode())
        return digest.hexdigest()


def legacy_manifest_digest(payload: bytes) -> str:
    # expect: weak-crypto
    return hashlib.new(LEGACY_ALGO, payload).hexdigest()


def digest(algo: str, payload: bytes) -> str:
    if algo not in ALLOWED:
        raise ValueError(f"unsupported digest {algo}")
    return hashlib.new(algo, payload).hexdigest()


def cache_bucket(url: str) -> int:
    return int(hashlib.new("md5", url.encode(), usedforsecurity=False).hexdigest()[:8], 16) % 64


def sign_chunk_v2(key: bytes, chunk: bytes) -> str:
    return hashlib.new("sha256", key + chunk).hexdigest()
