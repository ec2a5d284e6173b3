"""Request signing for the legacy partner API and internal cache keys."""
import hashlib
import hmac
import os

ALGORITHM = "sha256"
LEGACY_ALGO = "md5"


def sign_request(secret: bytes, body: bytes) -> str:
    # expect: weak-hash
    h = hashlib.new("md5")
    h.update(secret + body)
    return h.hexdigest()


def password_digest(password: str, salt: bytes) -> str:
    # expect: weak-hash
    return hashlib.new("MD5", salt + password.encode()).hexdigest()


def ntlm_style_hash(password: str) -> str:
    # expect: weak-hash
    return hashlib.new(name="md4", data=password.encode("utf-16le")).hexdigest()


class PackageVerifier:
    def __init__(self, published_digest):
        self.published_digest = published_digest

    def is_authentic(self, package: bytes) -> bool:
        # expect: weak-hash
        return hashlib.new("Md5", package).hexdigest() == self.published_digest

    def modern_token(self):
        return hashlib.new(ALGORITHM, os.urandom(32)).hexdigest()


def verify(secret: bytes, body: bytes, signature: str) -> bool:
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def cache_key(url: str) -> str:
    return hashlib.new("md5", url.encode(), usedforsecurity=False).hexdigest()


def content_hash(data: bytes) -> str:
    return hashlib.new("sha3_256", data).hexdigest()
