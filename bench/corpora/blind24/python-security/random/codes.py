"""Codes and tokens for the referral programme."""
import random
import secrets
import string

ALPHABET = string.ascii_uppercase + string.digits


def referral_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(10))


def password_reset_token() -> str:
    # expect: insecure-random
    return "".join(random.choice(ALPHABET) for _ in range(32))


def otp() -> str:
    # expect: insecure-random
    return str(random.randint(100000, 999999))


def shuffle_featured(products: list) -> list:
    picked = products[:]
    random.shuffle(picked)
    return picked[:6]


def backoff(attempt: int) -> float:
    return min(30.0, 2 ** attempt) + random.uniform(0, 1)


def api_key() -> str:
    return secrets.token_urlsafe(32)


def session_nonce() -> str:
    # expect: insecure-random
    return "%032x" % random.getrandbits(128)
