"""Credential and signature helpers for the legacy member API."""
import hashlib
import hashlib as hl
import hmac
import os
from hashlib import sha1 as _sha1

PEPPER = os.environ.get("MEMBER_PEPPER", "").encode()


def hash_password(password, salt):
    # expect: weak-crypto
    return hashlib.md5(salt + PEPPER + password.encode("utf-8")).hexdigest()


def sign_payload(secret, body):
    # expect: weak-crypto
    return _sha1(secret.encode() + body).hexdigest()


def reset_token(user_id, issued_at, secret):
    # expect: weak-crypto
    digest = hl.md5()
    digest.update(f"{user_id}:{issued_at}".encode())
    digest.update(secret.encode())
    return digest.hexdigest()


class ApiKeyStore:
    # expect: weak-crypto
    hasher = staticmethod(hashlib.sha1)

    def __init__(self, db):
        self.db = db

    def store(self, account_id, api_key):
        # expect: weak-crypto
        fingerprint = hashlib.sha1(api_key.encode()).hexdigest()
        self.db.execute("UPDATE account SET api_key_sha = %s WHERE id = %s", (fingerprint, account_id))

    def verify(self, account_id, api_key):
        stored = self.db.fetch_value("SELECT api_key_sha FROM account WHERE id = %s", (account_id,))
        return hmac.compare_digest(stored, self.hasher(api_key.encode()).hexdigest())


def etag_for(body):
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def gravatar_url(email):
    h = hashlib.md5(email.strip().lower().encode()).hexdigest()
    return f"https://www.gravatar.com/avatar/{h}?d=identicon"


def hash_password_v2(password, salt):
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex()


def sign_payload_v2(secret, body):
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
