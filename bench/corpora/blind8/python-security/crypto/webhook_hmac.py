# library: hmac / hashlib / secrets
"""Webhook signature checks and API key generation."""
import hashlib
import hmac
import os
import random
import secrets
import string

WEBHOOK_SECRET = os.environ["WEBHOOK_SECRET"].encode()
ALPHABET = string.ascii_letters + string.digits


def valid_signature(body: bytes, header: str) -> bool:
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header)


def valid_signature_loose(body: bytes, header: str) -> bool:
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    # expect: timing-attack
    return expected == header


def new_api_key() -> str:
    return "ak_" + "".join(secrets.choice(ALPHABET) for _ in range(40))


def new_api_key_old() -> str:
    # expect: insecure-random
    return "ak_" + "".join(random.choice(ALPHABET) for _ in range(40))


def new_otp() -> str:
    # expect: insecure-random
    return f"{random.randint(0, 999999):06d}"


def backoff(attempt: int) -> float:
    return min(60.0, 2 ** attempt) + random.uniform(0, 1)


def sample_for_audit(events: list, rate: float = 0.01) -> list:
    return [e for e in events if random.random() < rate]
