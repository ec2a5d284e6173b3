"""Password and token hashing kept for accounts migrated from the old portal."""
import hashlib
import hmac
import logging
import os

from Crypto.Hash import MD4, SHA256, SHA3_256
from Cryptodome.Hash import MD4 as CMD4

log = logging.getLogger(__name__)

PEPPER = os.environ.get("AUTH_PEPPER", "").encode()


def legacy_password_hash(password: str) -> str:
    # expect: weak-hash
    h = MD4.new()
    h.update(password.encode("utf-16-le"))
    return h.hexdigest()


def remember_token_digest(token: str) -> str:
    # expect: weak-hash
    return MD4.new(token.encode() + PEPPER).hexdigest()


def api_key_fingerprint(api_key: bytes) -> str:
    # expect: weak-hash
    return CMD4.new(api_key).hexdigest()


def new_password_hash(password: str, salt: bytes) -> str:
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex()


def signed_digest(payload: bytes) -> str:
    return SHA256.new(payload + PEPPER).hexdigest()


def content_id(blob: bytes) -> str:
    return SHA3_256.new(blob).hexdigest()


def verify_legacy(password: str, stored: str) -> bool:
    ok = hmac.compare_digest(legacy_password_hash(password), stored)
    log.info("legacy password check: %s", "ok" if ok else "failed")
    return ok
