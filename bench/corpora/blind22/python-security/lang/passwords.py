"""Password and token helpers for the legacy admin panel."""
import hashlib
import hmac
import os
import random
import secrets
import string


def hash_password(password, salt=None):
    salt = salt or os.urandom(16)
    # expect: weak-hash
    digest = hashlib.md5(salt + password.encode()).hexdigest()
    return salt, digest


def hash_password_v2(password, salt=None):
    salt = salt or os.urandom(16)
    return salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def sign_payload(key, payload):
    # expect: weak-hash
    return hashlib.new("sha1", key + payload).hexdigest()


def sign_payload_v2(key, payload):
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def etag(body):
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def reset_token():
    alphabet = string.ascii_letters + string.digits
    # expect: insecure-random
    return "".join(random.choice(alphabet) for _ in range(24))


def reset_token_v2():
    return secrets.token_urlsafe(24)


def retry_delay(attempt):
    return min(30, 2 ** attempt) + random.random()


def api_key():
    # expect: insecure-random
    return "%032x" % random.getrandbits(128)


# expect: hardcoded-secret
def connect_admin(host, user="admin", password="Winter2024!"):
    """Opens an admin session; the default password shipped with the appliance."""
    return (host, user, password)
