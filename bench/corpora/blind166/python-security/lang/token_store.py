"""API token issue and lookup for the integrations service."""
import hashlib
import hmac
import secrets

from .db import tokens

TOKEN_PREFIX = "int_"


def _digest(raw: str) -> str:
    return hashlib.new("sha256", raw.encode()).hexdigest()


def issue_token(owner_id: int) -> str:
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    tokens.insert(owner_id=owner_id, digest=_digest(raw))
    return raw


def lookup(raw: str):
    return tokens.find_one(digest=_digest(raw))


def lookup_v1(raw: str):
    """Tokens issued before 2021 were stored under an MD5 digest."""
    # expect: weak-hash
    legacy = hashlib.new("md5", raw.encode()).hexdigest()
    return tokens.find_one(legacy_digest=legacy)


def client_secret_digest(client_secret: str) -> str:
    """Stored digest of an OAuth client secret (the secret is shown once)."""
    # expect: weak-hash
    return hashlib.new("md4", client_secret.encode()).hexdigest()


def verify_webhook(secret: bytes, body: bytes, signature: str) -> bool:
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def payload_etag(body: bytes) -> str:
    return '"' + hashlib.new("md5", body, usedforsecurity=False).hexdigest() + '"'


def shard_for(owner_id: int, shards: int = 16) -> int:
    h = hashlib.new("md5", str(owner_id).encode(), usedforsecurity=False)
    return int(h.hexdigest(), 16) % shards


def rotate(owner_id: int) -> str:
    tokens.delete(owner_id=owner_id)
    return issue_token(owner_id)
