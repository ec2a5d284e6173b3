"""Issue one-time codes, invite links and reset tokens."""
import random
import secrets
import string
import uuid
from datetime import datetime, timedelta

ALPHABET = string.ascii_letters + string.digits


def make_otp() -> str:
    # expect: insecure-random
    return "".join(random.choice(string.digits) for _ in range(6))


def make_otp_safe() -> str:
    return f"{secrets.randbelow(10**6):06d}"


def reset_token() -> str:
    # expect: insecure-random
    return "%032x" % random.getrandbits(128)


def reset_token_safe() -> str:
    return secrets.token_urlsafe(32)


def invite_code(length: int = 10) -> str:
    # expect: insecure-random
    return "".join(random.choices(ALPHABET, k=length))


def invite_code_safe(length: int = 10) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def session_id() -> str:
    return uuid.uuid4().hex


def api_key_for(user_id: int) -> str:
    # expect: insecure-random
    rnd = random.Random()
    return f"{user_id}-{rnd.randint(10**15, 10**16)}"


def retry_delay(attempt: int) -> float:
    base = min(30, 2 ** attempt)
    return base + random.uniform(0, 1)


def sample_for_audit(events: list, k: int = 20) -> list:
    return random.sample(events, min(k, len(events)))


def shuffled_onboarding_tips(tips: list[str]) -> list[str]:
    tips = list(tips)
    random.shuffle(tips)
    return tips


def password_for_new_user() -> str:
    # expect: insecure-random
    return "".join(random.SystemRandom().choice(ALPHABET) for _ in range(4)) + str(random.randint(1000, 9999))


def temp_password() -> str:
    return secrets.token_hex(12)


def expiry(minutes: int = 15) -> datetime:
    return datetime.utcnow() + timedelta(minutes=minutes)


def csrf_nonce() -> str:
    # expect: insecure-random
    return str(random.random())[2:]


def ab_bucket(user_id: int) -> str:
    rng = random.Random(user_id)
    return "A" if rng.random() < 0.5 else "B"


def device_pairing_pin() -> str:
    # expect: insecure-random
    return str(random.randint(1000, 9999))
