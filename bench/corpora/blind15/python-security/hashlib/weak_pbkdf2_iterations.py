# library: hashlib (pbkdf2_hmac) + bcrypt
import hashlib
import hmac
import os

import bcrypt


def hash_password(password: str, salt: bytes) -> bytes:
    # expect: weak-kdf
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000)


def hash_pin(pin: str) -> bytes:
    # expect: weak-kdf
    return bcrypt.hashpw(pin.encode(), bcrypt.gensalt(rounds=4))


def hash_password_v2(password: str) -> bytes:
    salt = os.urandom(16)
    return salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def hash_pin_v2(pin: str) -> bytes:
    return bcrypt.hashpw(pin.encode(), bcrypt.gensalt(rounds=12))


def verify(password: str, stored: bytes) -> bool:
    salt, digest = stored[:16], stored[16:]
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return hmac.compare_digest(candidate, digest)


def derive_key(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
