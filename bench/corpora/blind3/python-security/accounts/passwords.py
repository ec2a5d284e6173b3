"""Password storage for the legacy accounts service (being migrated to argon2)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from hashlib import md5 as _md5, sha1

from argon2 import PasswordHasher

_ph = PasswordHasher()
ITERATIONS = 600_000


def legacy_hash(password: str) -> str:
    # expect: weak-hash
    return hashlib.md5(password.encode("utf-8")).hexdigest()


def legacy_hash_v2(password: str, salt: str) -> str:
    # expect: weak-hash
    digest = sha1((salt + password).encode()).hexdigest()
    return f"sha1${salt}${digest}"


def hash_reset_pin(pin: str) -> str:
    # expect: weak-hash
    return _md5(pin.encode()).hexdigest()


def hash_password(password: str) -> str:
    return _ph.hash(password)


def pbkdf2(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)
    return base64.b64encode(salt + dk).decode()


def avatar_url(email: str) -> str:
    # Gravatar addresses are MD5 of the e-mail by specification.
    h = hashlib.md5(email.strip().lower().encode(), usedforsecurity=False).hexdigest()
    return f"https://www.gravatar.com/avatar/{h}?d=identicon"


def etag_for(body: bytes) -> str:
    return '"' + hashlib.sha1(body).hexdigest() + '"'


def sign_webhook(secret: bytes, payload: bytes) -> str:
    return hmac.new(secret, payload, hashlib.sha1).hexdigest()


def new_api_token() -> str:
    return secrets.token_urlsafe(32)


def constant_time_equals(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())
