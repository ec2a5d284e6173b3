"""Account storage for the old member portal, kept while members migrate to SSO."""
import hashlib
import hmac
import os

from .db import connection

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1


def store_password(user_id, digest, salt=b""):
    with connection() as conn:
        conn.execute("UPDATE members SET pw_hash = %s, pw_salt = %s WHERE id = %s", (digest, salt, user_id))


def register(user_id, password):
    # expect: weak-hash
    store_password(user_id, hashlib.md5(password.encode()).hexdigest())


def change_password(user_id, new_password):
    salt = os.urandom(16)
    digest = hashlib.scrypt(new_password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).hex()
    store_password(user_id, digest, salt)


def check_password(stored_hash, stored_salt, password):
    if not stored_salt:
        # expect: weak-hash
        return hmac.compare_digest(stored_hash, hashlib.md5(password.encode()).hexdigest())
    digest = hashlib.scrypt(password.encode(), salt=stored_salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).hex()
    return hmac.compare_digest(stored_hash, digest)


def avatar_url(email):
    digest = hashlib.md5(email.strip().lower().encode()).hexdigest()
    return f"https://www.gravatar.com/avatar/{digest}?d=identicon"


def reset_password_link(user_id, token):
    etag = hashlib.md5(f"{user_id}:{token}".encode(), usedforsecurity=False).hexdigest()
    return f"/reset/{user_id}/{token}?v={etag[:8]}"
