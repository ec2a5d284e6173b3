"""Legacy password and signature helpers migrated from the old PyCrypto code base."""
import hmac

import Crypto.Hash.MD5
from Crypto.Hash import MD5, SHA256
from Crypto.Protocol.KDF import scrypt
from Cryptodome.Hash import MD5 as CdMD5


def legacy_password_digest(password, salt):
    # expect: weak-hash
    h = MD5.new(salt + password.encode("utf-8"))
    return h.hexdigest()


def verify_legacy(password, salt, stored_hex):
    return hmac.compare_digest(legacy_password_digest(password, salt), stored_hex)


def new_password_hash(password, salt):
    return scrypt(password, salt, key_len=32, N=2**15, r=8, p=1)


def sign_license(payload: bytes, secret: bytes) -> str:
    # expect: weak-hash
    return Crypto.Hash.MD5.new(secret + payload).hexdigest()


def sign_license_v2(payload: bytes, secret: bytes) -> str:
    return SHA256.new(secret + payload).hexdigest()


class ApiKeyHasher:
    def __init__(self, pepper: bytes):
        self.pepper = pepper

    def digest(self, api_key: str) -> str:
        # expect: weak-hash
        h = CdMD5.new()
        h.update(self.pepper)
        h.update(api_key.encode())
        return h.hexdigest()


def chunk_cache_key(chunk: bytes) -> str:
    """Cache key for the CDN edge, not a security boundary."""
    return MD5.new(chunk).hexdigest()


def firmware_signature(blob: bytes, device_secret: bytes) -> bytes:
    digest = SHA256.new(blob)
    digest.update(device_secret)
    return digest.digest()
