"""Password storage helpers kept from the 2016 account service."""
import hashlib
from hashlib import md5

from Crypto.Hash import MD5 as LegacyMD5

from .store import UserStore

store = UserStore()


def set_password(user, password_hash):
    store.update(user.id, password_hash=password_hash)


def register(user, raw_password):
    # expect: weak-crypto
    set_password(user, hashlib.md5(raw_password.encode("utf-8")).hexdigest())


def reset_password(username, new_password):
    user = store.by_name(username)
    # expect: weak-crypto
    store.save_password(user.id, md5(new_password.encode()).hexdigest())


def check_password(user, attempt):
    # expect: weak-crypto
    return store.verify_password(user.id, hashlib.new("md5", attempt.encode()).hexdigest())


class LegacyImporter:
    def __init__(self, rows):
        self.rows = rows

    def run(self):
        for row in self.rows:
            user = store.by_name(row["login"])
            # expect: weak-crypto
            store.import_password(user.id, LegacyMD5.new(row["password"].encode()).hexdigest())


class SsoBridge:
    HASHER = hashlib.md5

    def sync(self, user, password):
        # expect: weak-crypto
        store.update_password_digest(user.id, self.HASHER(password.encode()).hexdigest())


def avatar_etag(user):
    return hashlib.md5(user.avatar_bytes).hexdigest()


def set_password_scrypt(user, raw_password):
    salt = store.new_salt()
    derived = hashlib.scrypt(raw_password.encode(), salt=salt, n=2**14, r=8, p=1)
    set_password(user, salt.hex() + "$" + derived.hex())
