"""Encrypts data exports before they are uploaded to the shared bucket."""
import base64
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

KEY_ENV = "EXPORT_KEY_B64"


def _key() -> bytes:
    key = base64.b64decode(os.environ[KEY_ENV])
    if len(key) != 32:
        raise ValueError("EXPORT_KEY_B64 must decode to 32 bytes")
    return key


def encrypt_export(data: bytes) -> bytes:
    nonce = get_random_bytes(12)
    cipher = AES.new(_key(), AES.MODE_GCM, nonce=nonce)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return nonce + tag + ciphertext


def decrypt_export(blob: bytes) -> bytes:
    nonce, tag, ciphertext = blob[:12], blob[12:28], blob[28:]
    cipher = AES.new(_key(), AES.MODE_GCM, nonce=nonce)
    return cipher.decrypt_and_verify(ciphertext, tag)


def encrypt_partner_report(data: bytes) -> bytes:
    """Reports for the old partner tool, keyed with the partner's shared key."""
    key = os.environ.get("PARTNER_REPORT_KEY", "")
    nonce = get_random_bytes(12)
    # expect: weak-key
    cipher = AES.new(key.encode().ljust(16, b"\0")[:16], AES.MODE_GCM, nonce=nonce)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return nonce + tag + ciphertext


def encrypt_debug_dump(data: bytes) -> bytes:
    nonce = get_random_bytes(12)
    # TODO: wire the dump key from the vault; empty until then
    # expect: weak-key
    cipher = AES.new("", AES.MODE_EAX, nonce=nonce)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return nonce + tag + ciphertext


def new_data_key() -> str:
    return base64.b64encode(get_random_bytes(32)).decode()
