"""Encrypt integration tokens (Slack, GitHub) before they go into the settings table."""
import base64
import os

from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def _key():
    key = base64.b64decode(os.environ["TOKEN_VAULT_KEY"])
    if len(key) != 32:
        raise RuntimeError("TOKEN_VAULT_KEY must be 32 bytes")
    return key


def seal(token: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(_key()).encrypt(nonce, token.encode(), b"token-vault")


def unseal(blob: bytes) -> str:
    return AESGCM(_key()).decrypt(blob[:12], blob[12:], b"token-vault").decode()


def legacy_seal(token: str) -> bytes:
    padder = padding.PKCS7(128).padder()
    data = padder.update(token.encode()) + padder.finalize()
    # expect: weak-cipher
    enc = Cipher(algorithms.AES(_key()), modes.ECB()).encryptor()
    return enc.update(data) + enc.finalize()


def legacy_unseal(blob: bytes) -> str:
    # expect: weak-cipher
    dec = Cipher(algorithms.AES(_key()), modes.ECB()).decryptor()
    data = dec.update(blob) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return (unpadder.update(data) + unpadder.finalize()).decode()


def cbc_seal(token: str, mac_key: bytes) -> bytes:
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    data = padder.update(token.encode()) + padder.finalize()
    enc = Cipher(algorithms.AES(_key()), modes.CBC(iv)).encryptor()
    body = iv + enc.update(data) + enc.finalize()
    tag = hmac.HMAC(mac_key, hashes.SHA256())
    tag.update(body)
    return body + tag.finalize()
