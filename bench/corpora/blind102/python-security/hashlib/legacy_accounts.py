"""Account store of the old billing portal (migrated from PHP)."""
import hashlib
import hmac
import os
from hashlib import md5

from Crypto.Hash import MD5

from .db import connection


def update_password(user_id, password_digest):
    with connection() as conn:
        conn.execute("UPDATE users SET pw = %s WHERE id = %s", (password_digest, user_id))


def store_password(user_id, raw):
    # expect: weak-hash
    update_password(user_id, hashlib.md5(raw.encode()).hexdigest())


def reset_password(user_id, raw):
    digest = md5(raw.encode("utf-8")).hexdigest()
    # expect: weak-hash
    update_password(user_id, digest)


class PortalUser:
    def __init__(self, user_id):
        self.user_id = user_id

    def change_password(self, raw):
        # expect: weak-hash
        update_password(self.user_id, MD5.new(raw.encode()).hexdigest())


def verify_token(stored, attempt):
    return hmac.compare_digest(stored, hashlib.sha256(attempt.encode()).hexdigest())


def hash_password(raw):
    salt = os.urandom(16)
    key = hashlib.scrypt(raw.encode(), salt=salt, n=2**14, r=8, p=1)
    return salt.hex() + "$" + key.hex()


def avatar_url(email):
    digest = hashlib.md5(email.strip().lower().encode(), usedforsecurity=False).hexdigest()
    return f"https://www.gravatar.com/avatar/{digest}"


def etag_for(body):
    return hashlib.md5(body).hexdigest()
