"""Password and token hashing kept from the first version of the accounts service."""
import hashlib
import hashlib as hl
import os
from hashlib import md5 as _md5


def hash_password(password):
    # expect: weak-crypto
    return hashlib.md5(password.encode("utf-8")).hexdigest()


def reset_token_digest(token):
    # expect: weak-crypto
    return hl.md5(token.encode()).hexdigest()


class SessionSigner:
    def __init__(self, secret):
        self.secret = secret

    def sign(self, session_id):
        # expect: weak-crypto
        return _md5(self.secret + session_id.encode()).hexdigest()


def api_signature(params, secret):
    canonical = "&".join(f"{k}={params[k]}" for k in sorted(params))
    # expect: weak-crypto
    signer = hashlib.md5()
    signer.update((canonical + secret).encode())
    return signer.hexdigest()


def hash_password_v2(password, salt=None):
    salt = salt or os.urandom(16)
    return salt, hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


def cache_key(url):
    return hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()


def download_checksum(blob):
    return hashlib.sha256(blob).hexdigest()
