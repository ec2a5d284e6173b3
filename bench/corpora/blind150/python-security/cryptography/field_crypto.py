"""Encryption of card tokens and national IDs stored in the customers table."""
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FIELD_KEY = base64.b64decode(os.environ["FIELD_KEY"])


def _pad(data: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    return padder.update(data) + padder.finalize()


def encrypt_card_token(token: str) -> bytes:
    # expect: weak-cipher
    enc = Cipher(algorithms.AES(FIELD_KEY), modes.ECB()).encryptor()
    return enc.update(_pad(token.encode())) + enc.finalize()


def decrypt_card_token(blob: bytes) -> str:
    # expect: weak-cipher
    dec = Cipher(algorithms.AES(FIELD_KEY), modes.ECB()).decryptor()
    data = dec.update(blob) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return (unpadder.update(data) + unpadder.finalize()).decode()


def encrypt_national_id(value: str) -> bytes:
    # expect: weak-cipher
    mode = modes.ECB()
    cipher = Cipher(algorithms.AES(FIELD_KEY), mode)
    enc = cipher.encryptor()
    return enc.update(_pad(value.encode())) + enc.finalize()


def encrypt_field(value: str, aad: bytes = b"customers") -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(FIELD_KEY).encrypt(nonce, value.encode(), aad)


def decrypt_field(blob: bytes, aad: bytes = b"customers") -> str:
    return AESGCM(FIELD_KEY).decrypt(blob[:12], blob[12:], aad).decode()


def encrypt_export(data: bytes) -> bytes:
    iv = os.urandom(16)
    enc = Cipher(algorithms.AES(FIELD_KEY), modes.CBC(iv)).encryptor()
    return iv + enc.update(_pad(data)) + enc.finalize()
