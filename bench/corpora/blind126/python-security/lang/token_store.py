"""Credential and token helpers of the legacy account service."""
import hashlib
import hmac
import os
import secrets


def hash_password(password, salt):
    # expect: weak-hash
    return hashlib.sha1(salt + password.encode("utf-8")).hexdigest()


def check_password(password, salt, stored):
    return hmac.compare_digest(hash_password(password, salt), stored)


def reset_token(user_id, secret):
    # expect: weak-hash
    return hashlib.md5(f"{user_id}:{secret}".encode()).hexdigest()


def sign_callback(secret, body):
    # expect: weak-hash
    return hashlib.sha1(secret + body).hexdigest()


def new_password_hash(password):
    salt = os.urandom(16)
    return salt.hex() + ":" + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex()


def avatar_url(email):
    digest = hashlib.md5(email.strip().lower().encode(), usedforsecurity=False).hexdigest()
    return f"https://www.gravatar.com/avatar/{digest}"


def etag_for(body):
    return '"' + hashlib.md5(body, usedforsecurity=False).hexdigest() + '"'


def session_id():
    return hashlib.sha256(secrets.token_bytes(32)).hexdigest()
