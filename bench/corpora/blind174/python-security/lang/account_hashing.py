"""Hashing helpers for the member portal (passwords, reset links, asset names)."""
import hashlib
import hmac
import os
import time

RESET_KEY = os.environ["RESET_LINK_KEY"].encode()


def hash_password(password: str, salt: bytes) -> str:
    # expect: weak-hash
    return hashlib.md5(salt + password.encode()).hexdigest()


def hash_password_v2(password: str, salt: bytes) -> str:
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex()


def reset_token(user_id: int, expires: int) -> str:
    msg = f"{user_id}:{expires}".encode()
    # expect: weak-hash
    digest = hashlib.sha1(RESET_KEY + msg).hexdigest()
    return f"{user_id}.{expires}.{digest}"


def reset_token_v2(user_id: int, expires: int) -> str:
    msg = f"{user_id}:{expires}".encode()
    return f"{user_id}.{expires}." + hmac.new(RESET_KEY, msg, hashlib.sha256).hexdigest()


def asset_fingerprint(content: bytes) -> str:
    """Cache-busting suffix for static files; not a security boundary."""
    return hashlib.md5(content, usedforsecurity=False).hexdigest()[:10]


def gravatar_url(email: str) -> str:
    key = hashlib.md5(email.strip().lower().encode()).hexdigest()
    return f"https://www.gravatar.com/avatar/{key}?d=identicon"


def git_blob_id(content: bytes) -> str:
    header = f"blob {len(content)}\0".encode()
    return hashlib.sha1(header + content).hexdigest()


def is_expired(expires: int) -> bool:
    return expires < int(time.time())
