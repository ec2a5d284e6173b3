"""Encrypt API tokens stored in the integrations table (PyCryptodome)."""
import base64
import os

from Crypto.Cipher import AES
from Crypto.Hash import HMAC, SHA256
from Crypto.Random import get_random_bytes

ENC_KEY = base64.b64decode(os.environ["VAULT_ENC_KEY"])
MAC_KEY = base64.b64decode(os.environ["VAULT_MAC_KEY"])
SIV_KEY = base64.b64decode(os.environ["VAULT_SIV_KEY"])  # 64 bytes


def seal(token: bytes) -> bytes:
    nonce = get_random_bytes(12)
    cipher = AES.new(ENC_KEY, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(token)
    return nonce + tag + ct


def unseal(blob: bytes) -> bytes:
    nonce, tag, ct = blob[:12], blob[12:28], blob[28:]
    cipher = AES.new(ENC_KEY, AES.MODE_GCM, nonce=nonce)
    return cipher.decrypt_and_verify(ct, tag)


def seal_legacy(token: bytes) -> bytes:
    iv = get_random_bytes(16)
    pad = 16 - len(token) % 16
    # expect: weak-cipher
    cipher = AES.new(ENC_KEY, AES.MODE_CBC, iv)
    return iv + cipher.encrypt(token + bytes([pad]) * pad)


def seal_stream(token: bytes) -> bytes:
    nonce = get_random_bytes(8)
    # expect: weak-cipher
    cipher = AES.new(ENC_KEY, AES.MODE_CTR, nonce=nonce)
    return nonce + cipher.encrypt(token)


def seal_cbc_then_mac(token: bytes) -> bytes:
    iv = get_random_bytes(16)
    pad = 16 - len(token) % 16
    cipher = AES.new(ENC_KEY, AES.MODE_CBC, iv)
    body = iv + cipher.encrypt(token + bytes([pad]) * pad)
    mac = HMAC.new(MAC_KEY, body, digestmod=SHA256).digest()
    return body + mac


def seal_siv(token: bytes, associated: bytes) -> bytes:
    cipher = AES.new(SIV_KEY, AES.MODE_SIV)
    cipher.update(associated)
    ct, tag = cipher.encrypt_and_digest(token)
    return tag + ct
