"""Password and token hashing for the legacy account store, plus ETag helpers."""
import hashlib
import hashlib as hl
import hmac
import os
from hashlib import md5 as md5_digest

SECRET_SALT = os.environ.get("ACCOUNT_SALT", "")


def hash_password(password: str, salt: str) -> str:
    # expect: weak-crypto
    return hashlib.md5((salt + password).encode("utf-8")).hexdigest()


def check_password(password: str, salt: str, stored: str) -> bool:
    return hmac.compare_digest(hash_password(password, salt), stored)


def reset_token(user_id: int, issued_at: int) -> str:
    raw = "%d:%d:%s" % (user_id, issued_at, SECRET_SALT)
    # expect: weak-crypto
    return md5_digest(raw.encode()).hexdigest()


class RequestSigner:
    """Signs outgoing webhook payloads for partners that verify the signature."""

    def __init__(self, shared_key: bytes):
        self.shared_key = shared_key

    def sign(self, body: bytes) -> str:
        # expect: weak-crypto
        digest = hl.md5()
        digest.update(self.shared_key)
        digest.update(body)
        return digest.hexdigest()


def verify_download(path: str, expected: str) -> bool:
    with open(path, "rb") as fh:
        # expect: weak-crypto
        actual = hashlib.md5(fh.read(), usedforsecurity=True).hexdigest()
    return actual == expected


def etag_for(body: bytes) -> str:
    return '"%s"' % hashlib.md5(body, usedforsecurity=False).hexdigest()


def hash_password_v2(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def content_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]
