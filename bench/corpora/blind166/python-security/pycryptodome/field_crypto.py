"""Encrypts card-holder fields before they reach the reporting database."""
import base64
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

from .kms import unwrap_data_key

KEY_ENV = "CARD_FIELD_KEY"


def _key_from_env():
    raw = os.environ.get(KEY_ENV)
    if not raw:
        raise RuntimeError(f"{KEY_ENV} is not set")
    key = base64.b64decode(raw)
    if len(key) != 32:
        raise RuntimeError(f"{KEY_ENV} must decode to 32 bytes")
    return key


def encrypt_field(value: str) -> str:
    cipher = AES.new(_key_from_env(), AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(value.encode())
    return base64.b64encode(cipher.nonce + tag + ciphertext).decode()


def decrypt_field(blob: str) -> str:
    data = base64.b64decode(blob)
    cipher = AES.new(_key_from_env(), AES.MODE_GCM, nonce=data[:16])
    return cipher.decrypt_and_verify(data[32:], data[16:32]).decode()


def encrypt_report_column(value: str) -> bytes:
    """Batch reports: the key falls back to empty when the env var is missing on a runner."""
    key = os.environ.get("REPORT_COLUMN_KEY", "").encode().ljust(32, b"\0")
    # expect: weak-key
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(value.encode())
    return cipher.nonce + tag + ciphertext


def encrypt_with_data_key(wrapped_key: bytes, value: bytes) -> bytes:
    cipher = AES.new(unwrap_data_key(wrapped_key), AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(value)
    return cipher.nonce + tag + ciphertext


def legacy_token(value: bytes) -> bytes:
    """Port of the 2012 Python 2 tokeniser."""
    # expect: weak-key
    cipher = AES.new("".ljust(16, "\0").encode(), AES.MODE_CBC, iv=bytes(16))
    pad = 16 - len(value) % 16
    return cipher.encrypt(value + bytes([pad]) * pad)


def new_session_key() -> bytes:
    return get_random_bytes(32)
