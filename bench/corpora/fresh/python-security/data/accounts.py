import hashlib
import hmac
import os
import secrets
from hashlib import md5 as _md5, sha1

import bcrypt
import jwt
import yaml

JWT_SECRET = os.environ["JWT_SECRET"]
WEBHOOK_KEY = os.environ["WEBHOOK_KEY"].encode()


def hash_password(password: str) -> str:
    # expect: weak-hash
    return hashlib.md5(password.encode("utf-8")).hexdigest()


def hash_password_salted(password: str, salt: str) -> str:
    # expect: weak-hash
    return _md5((salt + password).encode()).hexdigest()


def legacy_check(password: str, stored: str) -> bool:
    # expect: weak-hash
    return sha1(password.encode()).hexdigest() == stored


def hash_password_bcrypt(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))


def derive(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def avatar_url(email: str) -> str:
    digest = hashlib.md5(email.strip().lower().encode()).hexdigest()
    return f"https://www.gravatar.com/avatar/{digest}"


def etag(body: bytes) -> str:
    return '"' + hashlib.md5(body, usedforsecurity=False).hexdigest() + '"'


def verify_webhook(body: bytes, signature: str) -> bool:
    expected = hmac.new(WEBHOOK_KEY, body, hashlib.sha1).hexdigest()
    return hmac.compare_digest(expected, signature)


def issue_token(user_id: int) -> str:
    return jwt.encode({"sub": str(user_id)}, JWT_SECRET, algorithm="HS256")


def read_token(token: str) -> dict:
    return jwt.decode(token, JWT_SECRET, algorithms=["HS256"])


def read_token_fast(token: str) -> dict:
    # signature check "slows down the gateway"; claims are trusted below
    # expect: jwt-no-verify
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims


def kid_of(token: str) -> str:
    return jwt.get_unverified_header(token)["kid"]


def read_token_any_alg(token: str) -> dict:
    # expect: jwt-no-verify
    return jwt.decode(token, JWT_SECRET, algorithms=["HS256", "none"])


def load_profile_config(path: str) -> dict:
    with open(path) as fh:
        # expect: deserialization
        return yaml.load(fh, Loader=yaml.Loader)


def load_profile_config_safe(path: str) -> dict:
    with open(path) as fh:
        return yaml.safe_load(fh)


def load_import_blob(blob: str):
    # expect: deserialization
    return yaml.load(blob)


def load_unsafe(blob: str):
    # expect: deserialization
    return yaml.unsafe_load(blob)


def load_with_safe_loader(blob: str):
    return yaml.load(blob, Loader=yaml.CSafeLoader)


def reset_token() -> str:
    return secrets.token_urlsafe(32)
