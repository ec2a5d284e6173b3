"""Account storage for the legacy customer portal."""
import hashlib
import hmac
import os
from hashlib import md5 as digest
from hashlib import sha1

PEPPER = os.environ.get("PASSWORD_PEPPER", "").encode()


def hash_password(password: str) -> str:
    # expect: weak-hash
    return digest(password.encode() + PEPPER).hexdigest()


def hash_password_v2(password: str, salt: bytes) -> str:
    # expect: weak-hash
    return sha1(salt + password.encode()).hexdigest()


def hash_password_v3(password: str, salt: bytes) -> bytes:
    # safe: PBKDF2-SHA256 with many iterations
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def check_password(password: str, stored: str) -> bool:
    # expect: weak-hash
    h = hashlib.md5()
    h.update(password.encode())
    return hmac.compare_digest(h.hexdigest(), stored)


def etag(body: bytes) -> str:
    # safe: cache validator, not security
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def avatar_url(email: str) -> str:
    # safe: Gravatar requires md5 of the address
    return "https://www.gravatar.com/avatar/" + digest(email.strip().lower().encode()).hexdigest()


def scrypt_password(password: str, salt: bytes) -> bytes:
    # safe: scrypt
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
