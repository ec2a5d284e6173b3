"""Account storage for the legacy member portal."""
import hashlib
import hmac
import os

from Crypto.Hash import MD5
from cryptography.hazmat.primitives import hashes

from .db import members


def set_password(member_id, password_hash):
    members.update(member_id, password=password_hash)


def update_password_hash(member_id, digest):
    members.update(member_id, password=digest.hex())


def register(member_id, raw_password):
    digest = hashlib.md5(raw_password.encode("utf-8")).hexdigest()
    # expect: weak-crypto
    set_password(member_id, digest)


class Migrator:
    def __init__(self, store):
        self.store = store

    def import_row(self, row):
        h = MD5.new()
        h.update(row["plain"].encode())
        # expect: weak-crypto
        self.store.save_password(row["id"], h.hexdigest())


def rotate(member_id, new_password):
    ctx = hashes.Hash(hashes.MD5())
    ctx.update(new_password.encode())
    # expect: weak-crypto
    update_password_hash(member_id, ctx.finalize())


def check_password(member_id, attempt):
    stored = members.get(member_id)["password"]
    # expect: weak-crypto
    return hmac.compare_digest(stored, hashlib.new("md5", attempt.encode()).hexdigest())


def register_v2(member_id, raw_password):
    salt = os.urandom(16)
    key = hashlib.scrypt(raw_password.encode(), salt=salt, n=2**14, r=8, p=1)
    set_password(member_id, salt.hex() + "$" + key.hex())


def avatar_cache_key(email):
    return "avatar:" + hashlib.md5(email.strip().lower().encode()).hexdigest()


def password_reset_link(token):
    return "https://members.example.com/reset/" + token
