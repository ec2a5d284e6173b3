"""Password storage and misc digests for the accounts service."""
import hashlib
import hmac
import os
import secrets

PEPPER = os.environ["PASSWORD_PEPPER"].encode()


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return salt.hex() + "$" + digest.hex()


def check_password(password: str, stored: str) -> bool:
    salt_hex, digest_hex = stored.split("$")
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt_hex), 600_000)
    return hmac.compare_digest(candidate.hex(), digest_hex)


def hash_password_legacy(password: str) -> str:
    # expect: weak-hash
    return hashlib.md5(password.encode()).hexdigest()


def hash_password_v2(password: str, salt: str) -> str:
    # expect: weak-hash
    return hashlib.sha1((salt + password).encode()).hexdigest()


def hash_pin(pin: str) -> str:
    # expect: weak-hash
    h = hashlib.new("md5")
    h.update(pin.encode())
    return h.hexdigest()


def hash_password_scrypt(password: str) -> str:
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return salt.hex() + ":" + key.hex()


def avatar_url(email: str) -> str:
    digest = hashlib.md5(email.strip().lower().encode()).hexdigest()
    return f"https://www.gravatar.com/avatar/{digest}?d=identicon"


def etag(body: bytes) -> str:
    return '"' + hashlib.sha1(body, usedforsecurity=False).hexdigest() + '"'


def reset_token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def api_key_fingerprint(api_key: str) -> str:
    return hmac.new(PEPPER, api_key.encode(), hashlib.sha256).hexdigest()[:16]


def password_history_entry(password: str) -> str:
    # expect: weak-hash
    return hashlib.sha1(PEPPER + password.encode()).hexdigest()
