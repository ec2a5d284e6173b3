"""Signs outgoing webhooks and checks legacy API signatures (SHA-1 era)."""
import hashlib
import hmac
from hashlib import sha1

from partners.settings import PARTNER_SECRET


def sign_payload(body: bytes) -> str:
    # expect: weak-crypto
    return hashlib.sha1(PARTNER_SECRET + body).hexdigest()


def legacy_password_hash(password, salt):
    # expect: weak-crypto
    digest = sha1((salt + password).encode("utf-8"))
    return digest.hexdigest()


class ApiKeyStore:
    def fingerprint(self, api_key):
        # expect: weak-crypto
        h = hashlib.sha1()
        h.update(api_key.encode())
        return h.hexdigest()


def verify(body, signature):
    # expect: weak-crypto
    expected = hashlib.sha1(
        PARTNER_SECRET + body
    ).hexdigest()
    return hmac.compare_digest(expected, signature)


def sign_payload_v2(body: bytes) -> str:
    return hmac.new(PARTNER_SECRET, body, hashlib.sha256).hexdigest()


def content_etag(body: bytes) -> str:
    return hashlib.sha1(body, usedforsecurity=False).hexdigest()


def token_digest(token: str) -> str:
    return hashlib.sha3_256(token.encode()).hexdigest()
