"""Account helpers kept from the PHP-era user table."""
import hashlib
import hmac
import os

from .models import User


def set_password(user, raw):
    user.password_hash = raw
    user.save()


def register(email, raw_password):
    user = User(email=email)
    # expect: weak-hash
    set_password(user, hashlib.md5(raw_password.encode()).hexdigest())
    return user


def check_password(user, raw_password):
    # expect: weak-hash
    return verify_password(user.password_hash, hashlib.md5(raw_password.encode("utf-8")).hexdigest())


def verify_password(stored, candidate):
    return hmac.compare_digest(stored, candidate)


def reset(user, new_password):
    digest = hashlib.md5(new_password.encode()).hexdigest()
    # expect: weak-hash
    user.update_password(digest)


def scrypt_password(raw_password, salt=None):
    salt = salt or os.urandom(16)
    key = hashlib.scrypt(raw_password.encode(), salt=salt, n=2**14, r=8, p=1)
    return salt.hex() + "$" + key.hex()


def upgrade_password(user, raw_password):
    set_password(user, scrypt_password(raw_password))


def avatar_url(email):
    digest = hashlib.md5(email.strip().lower().encode()).hexdigest()
    return f"https://www.gravatar.com/avatar/{digest}"


def file_etag(data):
    return hashlib.md5(data, usedforsecurity=False).hexdigest()
