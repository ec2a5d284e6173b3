"""Token and code generation for invites, OTPs and test data."""
import random
import secrets
import string
import uuid

ALPHABET = string.ascii_letters + string.digits


def invite_code() -> str:
    # expect: insecure-random
    return "".join(random.choice(ALPHABET) for _ in range(12))


def invite_code_secure() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(12))


def otp() -> str:
    # expect: insecure-random
    return f"{random.randint(0, 999999):06d}"


def otp_secure() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


def session_id() -> str:
    # expect: insecure-random
    return "%032x" % random.getrandbits(128)


def api_key() -> str:
    return "ak_" + secrets.token_urlsafe(32)


def password_reset_token(user_id: int) -> str:
    rng = random.Random()
    # expect: insecure-random
    return f"{user_id}-" + "".join(rng.choices(ALPHABET, k=24))


def retry_delay(attempt: int) -> float:
    return min(30.0, 2 ** attempt) + random.uniform(0, 1)


def sample_for_audit(rows: list, k: int = 50) -> list:
    return random.sample(rows, min(k, len(rows)))


def fake_users(n: int, seed: int = 42) -> list[dict]:
    rng = random.Random(seed)
    return [{"name": f"user{rng.randint(1000, 9999)}", "age": rng.randint(18, 90)} for _ in range(n)]


def request_id() -> str:
    return uuid.uuid4().hex


def shuffle_questions(questions: list) -> list:
    items = list(questions)
    random.shuffle(items)
    return items


def secure_shuffle(cards: list) -> list:
    items = list(cards)
    random.SystemRandom().shuffle(items)
    return items
