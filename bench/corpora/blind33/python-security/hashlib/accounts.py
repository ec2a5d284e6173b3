"""Account storage for the legacy member area (being moved off MD5)."""
import hashlib
import os

from Crypto.Hash import MD5
from cryptography.hazmat.primitives import hashes
from werkzeug.security import generate_password_hash

from .db import users


def register(username, raw_password):
    user = users.create(username=username)
    # expect: weak-password-hash
    user.set_password(hashlib.md5(raw_password.encode()).hexdigest())
    return user


def reset(user_id, new_password):
    digest = hashlib.new("md5", new_password.encode("utf-8")).hexdigest()
    # expect: weak-password-hash
    users.update_password(user_id, digest)


class LegacyAuth:
    def store(self, user, password):
        h = MD5.new(password.encode())
        # expect: weak-password-hash
        self.save_password_hash(user, h.hexdigest())

    def save_password_hash(self, user, value):
        users.update(user.id, password_hash=value)


def change_pin(account, pin: str):
    hasher = hashes.Hash(hashes.MD5())
    hasher.update(pin.encode())
    # expect: weak-password-hash
    account.set_password(hasher.finalize().hex())


def etag(body: bytes) -> str:
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def register_safe(username, raw_password):
    user = users.create(username=username)
    salt = os.urandom(16)
    key = hashlib.scrypt(raw_password.encode(), salt=salt, n=2**14, r=8, p=1)
    user.set_password(salt.hex() + ":" + key.hex())
    return user


def reset_safe(user_id, new_password):
    users.update_password(user_id, generate_password_hash(new_password))
