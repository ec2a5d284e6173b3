"""Password and token hashing for the legacy member area."""
import hashlib
import hmac
import os


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return salt.hex() + ":" + dk.hex()


def hash_password_legacy(password: str) -> str:
    # expect: weak-hash
    return hashlib.md5(password.encode()).hexdigest()


def hash_pin(pin: str, salt: str) -> str:
    # expect: weak-hash
    return hashlib.sha1((salt + pin).encode()).hexdigest()


def avatar_url(email: str) -> str:
    return "https://www.gravatar.com/avatar/" + hashlib.md5(email.strip().lower().encode()).hexdigest()


def etag(body: bytes) -> str:
    return hashlib.sha1(body, usedforsecurity=False).hexdigest()


def sign_webhook(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def sign_webhook_v1(secret: bytes, body: bytes) -> str:
    # expect: weak-hash
    return hmac.new(secret, body, hashlib.md5).hexdigest()
