"""Signs webhook payloads for the partner API."""
from Crypto.Hash import HMAC, SHA1, SHA256, SHA512


def legacy_signature(secret: bytes, body: bytes) -> str:
    # expect: weak-hash
    return HMAC.new(secret, body, digestmod=SHA1).hexdigest()


def content_id(body: bytes) -> str:
    # expect: weak-hash
    return SHA1.new(body).hexdigest()


def signature(secret: bytes, body: bytes) -> str:
    return HMAC.new(secret, body, digestmod=SHA256).hexdigest()


def archive_digest(body: bytes) -> str:
    return SHA512.new(body).hexdigest()
