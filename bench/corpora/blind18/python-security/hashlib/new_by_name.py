"""Signing of download links and webhook payloads."""
import hashlib
import hmac
import time

from django.conf import settings

LINK_ALGO = "sha1"
DEDUPE_ALGO = "md5"


def sign_link(path: str, expires: int) -> str:
    # expect: weak-hash
    sig = hashlib.new("md5", (settings.SECRET_KEY + path + str(expires)).encode()).hexdigest()
    return f"{path}?expires={expires}&sig={sig}"


def verify_link(path: str, expires: int, sig: str) -> bool:
    if expires < time.time():
        return False
    # expect: weak-hash
    expected = hashlib.new(LINK_ALGO, (settings.SECRET_KEY + path + str(expires)).encode()).hexdigest()
    return hmac.compare_digest(expected, sig)


def sign_webhook(body: bytes) -> str:
    # safe: HMAC-SHA256
    return hmac.new(settings.WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()


def reset_token(user) -> str:
    # expect: weak-hash
    return hashlib.new(name="sha1", data=f"{user.pk}:{user.password}:{settings.SECRET_KEY}".encode()).hexdigest()


def dedupe_key(row: dict) -> str:
    # safe: dedupe key, not security
    return hashlib.new(DEDUPE_ALGO, repr(sorted(row.items())).encode(), usedforsecurity=False).hexdigest()


def content_id(blob: bytes) -> str:
    # safe: sha256
    return hashlib.new("sha256", blob).hexdigest()
