"""Legacy account module kept for the v1 mobile API."""
import base64
import hashlib
import hmac
import os
import random
import secrets
import time

import bcrypt
from Crypto.Cipher import Blowfish, DES3

PEPPER = os.environ.get("AUTH_PEPPER", "").encode()


def hash_pw_v1(password: str) -> str:
    # expect: weak-hash
    return hashlib.sha1(password.encode()).hexdigest()


def hash_pw_v2(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))


def check_pw_v2(password: str, stored: bytes) -> bool:
    return bcrypt.checkpw(password.encode(), stored)


def make_salt_v1() -> str:
    # expect: insecure-random
    return "".join(chr(random.randint(33, 126)) for _ in range(16))


def make_salt() -> bytes:
    return os.urandom(16)


def remember_me_cookie(user_id: int) -> str:
    # expect: weak-hash
    digest = hashlib.md5(f"{user_id}:{PEPPER.decode()}".encode()).hexdigest()
    return f"{user_id}:{digest}"


def remember_me_cookie_v2(user_id: int) -> str:
    sig = hmac.new(PEPPER, str(user_id).encode(), hashlib.sha256).hexdigest()
    return f"{user_id}:{sig}"


def gravatar_url(email: str) -> str:
    h = hashlib.md5(email.strip().lower().encode(), usedforsecurity=False).hexdigest()
    return f"https://www.gravatar.com/avatar/{h}"


def encrypt_ssn(key: bytes, ssn: str) -> bytes:
    # expect: weak-cipher
    c = DES3.new(key, DES3.MODE_CBC)
    data = ssn.encode().ljust(16, b" ")
    return c.iv + c.encrypt(data)


def encrypt_note(key: bytes, note: bytes) -> bytes:
    # expect: weak-cipher
    c = Blowfish.new(key, Blowfish.MODE_ECB)
    return c.encrypt(note.ljust(8 * ((len(note) + 7) // 8), b"\0"))


def password_reset_code() -> str:
    # expect: insecure-random
    random.seed(time.time())
    return str(random.randint(100000, 999999))


def password_reset_code_v2() -> str:
    return str(secrets.randbelow(900000) + 100000)


def device_fingerprint(user_agent: str, ip: str) -> str:
    return hashlib.sha256(f"{user_agent}|{ip}".encode()).hexdigest()


def basic_auth_header(user: str, password: str) -> str:
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    return f"Basic {token}"


def legacy_token_check(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())


def file_fingerprint(blob: bytes) -> str:
    return hashlib.sha1(blob, usedforsecurity=False).hexdigest()


def api_secret_hash(secret: str) -> str:
    # expect: weak-hash
    return hashlib.new("md5", secret.encode()).hexdigest()
