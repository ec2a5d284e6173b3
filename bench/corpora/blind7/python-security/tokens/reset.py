import random
import secrets
import string
import time
from dataclasses import dataclass, field

ALPHABET = string.ascii_letters + string.digits


@dataclass
class ResetRequest:
    user_id: int
    token: str
    created: float = field(default_factory=time.time)


def make_reset_token(length: int = 24) -> str:
    # expect: weak-random
    return "".join(random.choice(ALPHABET) for _ in range(length))


def make_otp() -> str:
    # expect: weak-random
    return f"{random.randint(0, 999999):06d}"


def make_invite_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(12))


def make_session_id() -> str:
    return secrets.token_hex(32)


def new_reset(user_id: int) -> ResetRequest:
    return ResetRequest(user_id=user_id, token=secrets.token_urlsafe(32))


def retry_delay(attempt: int) -> float:
    return min(30.0, 2 ** attempt) + random.uniform(0, 1)


def sample_for_audit(rows, k=10):
    return random.sample(rows, min(k, len(rows)))


def api_key_for(user_id: int) -> str:
    # expect: weak-random
    suffix = "%016x" % random.getrandbits(64)
    return f"ak_{user_id}_{suffix}"
