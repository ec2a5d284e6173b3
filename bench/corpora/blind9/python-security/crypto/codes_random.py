# library: random / secrets (stdlib)
"""One-time codes and invite tokens."""
import random
import secrets
import string

ALPHABET = string.ascii_letters + string.digits


def login_otp():
    # expect: insecure-random
    return "".join(random.choice(string.digits) for _ in range(6))


def invite_token():
    # expect: insecure-random
    return "".join(random.choices(ALPHABET, k=32))


def password_reset_code():
    # expect: insecure-random
    return str(random.randint(100000, 999999))


def login_otp_safe():
    return "".join(secrets.choice(string.digits) for _ in range(6))


def invite_token_safe():
    return secrets.token_urlsafe(24)


def retry_delay(attempt):
    return min(30, 2 ** attempt) + random.uniform(0, 1)


def sample_for_audit(rows, n=50):
    return random.sample(rows, min(n, len(rows)))
