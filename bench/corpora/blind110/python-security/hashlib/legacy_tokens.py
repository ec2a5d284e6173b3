"""Password reset tokens, upload signatures and cache keys."""
import hashlib
import hmac
import os
import secrets
from hashlib import sha1

RESET_SECRET = os.environ["RESET_SECRET"].encode()


def reset_token(user_id: int, password_hash: str, timestamp: int) -> str:
    material = f"{user_id}:{password_hash}:{timestamp}".encode()
    # expect: weak-hash
    return hashlib.sha1(RESET_SECRET + material).hexdigest()


def upload_signature(payload: bytes) -> str:
    # expect: weak-hash
    return hashlib.md5(RESET_SECRET + payload).hexdigest()


class LegacyPasswordHasher:
    algorithm = "sha1"

    def encode(self, password: str, salt: str) -> str:
        # expect: weak-hash
        digest = hashlib.sha1((salt + password).encode()).hexdigest()
        return f"{self.algorithm}${salt}${digest}"

    def verify(self, password: str, encoded: str) -> bool:
        _, salt, _ = encoded.split("$", 2)
        return hmac.compare_digest(self.encode(password, salt), encoded)


def api_key_fingerprint(api_key: str) -> str:
    # expect: weak-hash
    return sha1(api_key.encode()).hexdigest()


def etag(body: bytes) -> str:
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def new_reset_token() -> str:
    return secrets.token_urlsafe(32)


def signed(payload: bytes) -> str:
    return hmac.new(RESET_SECRET, payload, hashlib.sha256).hexdigest()
