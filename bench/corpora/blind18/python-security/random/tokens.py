"""Token helpers for the accounts app."""
import random
import random as rnd
import secrets
import string
from random import choice, randint

ALPHABET = string.ascii_letters + string.digits


def api_key(length=40):
    # expect: insecure-random
    return "".join(random.choices(ALPHABET, k=length))


def password_reset_token():
    # expect: insecure-random
    return "%032x" % rnd.getrandbits(128)


def one_time_code():
    # expect: insecure-random
    return f"{randint(0, 999999):06d}"


def temporary_password(length=12):
    chars = []
    for _ in range(length):
        # expect: insecure-random
        chars.append(choice(ALPHABET))
    return "".join(chars)


def api_key_safe(length=40):
    # safe: secrets
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def reset_token_safe():
    # safe: secrets
    return secrets.token_urlsafe(32)


def invite_code():
    # safe: SystemRandom
    sysrand = random.SystemRandom()
    return "".join(sysrand.choice(ALPHABET) for _ in range(10))


def retry_delay(attempt):
    # safe: jitter
    return min(30, 2 ** attempt) + random.uniform(0, 1)
