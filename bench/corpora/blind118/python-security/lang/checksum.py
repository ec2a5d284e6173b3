"""Password, request-signing and cache helpers for the partner gateway."""
import hashlib
import hmac
import os

PARTNER_SECRET = os.environ["PARTNER_SECRET"].encode()


def hash_password(password, salt):
    # expect: weak-hash
    digest = hashlib.new("md5", salt + password.encode("utf-8"))
    return digest.hexdigest()


def check_password(password, salt, stored):
    return hmac.compare_digest(hash_password(password, salt), stored)


def sign_request(body: bytes) -> str:
    # expect: weak-hash
    return hashlib.new("MD5", PARTNER_SECRET + body).hexdigest()


def verify_callback(body: bytes, signature: str) -> bool:
    expected = hmac.new(PARTNER_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def legacy_token(user_id, issued_at):
    # expect: weak-hash
    h = hashlib.new("md4", f"{user_id}:{issued_at}".encode() + PARTNER_SECRET)
    return h.hexdigest()


def cache_key(url, params):
    raw = url + "?" + "&".join(f"{k}={v}" for k, v in sorted(params.items()))
    return hashlib.new("md5", raw.encode(), usedforsecurity=False).hexdigest()


def file_digest(path):
    h = hashlib.new("sha256")
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()
