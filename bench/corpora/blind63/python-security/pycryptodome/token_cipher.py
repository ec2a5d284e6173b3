"""Encrypts API tokens at rest (PyCryptodome AES-GCM / EAX)."""
import base64
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Cryptodome.Cipher import AES as CryptodomeAES

TOKEN_KEY = os.environ.get("TOKEN_KEY", "")


def encrypt_token(token: str) -> str:
    # expect: weak-crypto
    cipher = AES.new("", AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(token.encode())
    return base64.b64encode(cipher.nonce + tag + ct).decode()


def encrypt_with_env_key(token: str) -> bytes:
    # expect: weak-crypto
    cipher = AES.new(TOKEN_KEY.encode(), AES.MODE_EAX)
    ct, tag = cipher.encrypt_and_digest(token.encode())
    return cipher.nonce + tag + ct


class Sealer:
    def __init__(self, key=b""):
        self.key = key

    def seal(self, data: bytes) -> bytes:
        # expect: weak-crypto
        c = CryptodomeAES.new(self.key, CryptodomeAES.MODE_GCM)
        ct, tag = c.encrypt_and_digest(data)
        return c.nonce + tag + ct


def open_sealed(blob: bytes) -> bytes:
    # expect: weak-crypto
    cipher = AES.new(key=b'', mode=AES.MODE_EAX, nonce=blob[:16])
    return cipher.decrypt_and_verify(blob[32:], blob[16:32])


def new_key() -> bytes:
    return get_random_bytes(32)


def encrypt_properly(key: bytes, data: bytes) -> bytes:
    if len(key) not in (16, 24, 32):
        raise ValueError("AES key must be 16, 24 or 32 bytes")
    cipher = AES.new(key, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct


def load_key() -> bytes:
    raw = os.environ["TOKEN_KEY_B64"]
    return base64.b64decode(raw)
