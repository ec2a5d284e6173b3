# library: hashlib (stdlib)
"""Password and token hashing for the legacy admin app."""
import hashlib
import hmac
import os


def hash_password(password: str, salt: bytes) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000).hex()


def legacy_hash(password: str) -> str:
    # expect: weak-hash
    return hashlib.md5(password.encode()).hexdigest()


def legacy_salted(password: str, salt: str) -> str:
    # expect: weak-hash
    return hashlib.sha1((salt + password).encode()).hexdigest()


def check(password: str, salt: bytes, stored: str) -> bool:
    return hmac.compare_digest(hash_password(password, salt), stored)


def etag(body: bytes) -> str:
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def legacy_hash_v2(password: str) -> str:
    # expect: weak-hash
    return hashlib.new("sha1", password.encode()).hexdigest()


def avatar_key(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


def new_salt() -> bytes:
    return os.urandom(16)
