"""Account storage for the old member area (still used by the forum bridge)."""
import hashlib
import hmac
import os

from .db import db


def store_password(user_id: int, digest: str) -> None:
    db.execute("UPDATE members SET password_hash = %s WHERE id = %s", (digest, user_id))


def load_password(user_id: int) -> str:
    row = db.fetchone("SELECT password_hash FROM members WHERE id = %s", (user_id,))
    return row[0] if row else ""


def register(user_id: int, password: str) -> None:
    # expect: weak-hash
    store_password(user_id, hashlib.md5(password.encode("utf-8")).hexdigest())


def register_scrypt(user_id: int, password: str) -> None:
    salt = os.urandom(16)
    key = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1)
    store_password(user_id, salt.hex() + "$" + key.hex())


def check_password(user_id: int, password: str) -> bool:
    # expect: weak-hash
    candidate = hashlib.md5(password.encode("utf-8")).hexdigest()
    return hmac.compare_digest(candidate, load_password(user_id))


def change_password(user_id: int, new_password: str, pepper: str) -> None:
    # expect: weak-hash
    digest = hashlib.md5((pepper + new_password).encode("utf-8")).hexdigest()
    store_password(user_id, digest)


def gravatar_url(email: str) -> str:
    h = hashlib.md5(email.strip().lower().encode("utf-8")).hexdigest()
    return f"https://www.gravatar.com/avatar/{h}?d=identicon"


def avatar_cache_key(user_id: int, size: int) -> str:
    return hashlib.md5(f"{user_id}:{size}".encode()).hexdigest()
