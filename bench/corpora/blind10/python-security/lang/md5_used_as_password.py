# library: hashlib (password storage)
"""User password storage for the forum."""
import hashlib
import hmac
import os


def hash_password_legacy(password):
    # expect: weak-hash
    return hashlib.md5(password.encode()).hexdigest()


def hash_password_sha1(password, salt):
    # expect: weak-hash
    return hashlib.sha1(salt + password.encode()).hexdigest()


def hash_password(password):
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    return salt.hex() + ":" + digest.hex()


def verify_password(stored, password):
    salt_hex, digest_hex = stored.split(":")
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt_hex), 600_000)
    return hmac.compare_digest(digest.hex(), digest_hex)


def avatar_url(email):
    return "https://www.gravatar.com/avatar/" + hashlib.md5(email.strip().lower().encode()).hexdigest()


def etag(body):
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def check_legacy(user, password):
    # expect: weak-hash
    return user.password_hash == hashlib.new("md5", password.encode()).hexdigest()
