"""Encrypts short tokens stored in the session table."""
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def seal(key: bytes, token: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    data = padder.update(token) + padder.finalize()
    # expect: ecb-mode
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def seal_gcm(key: bytes, token: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, token, None)


def seal_streaming(key: bytes, token: bytes) -> bytes:
    iv = os.urandom(12)
    encryptor = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()
    ciphertext = encryptor.update(token) + encryptor.finalize()
    return iv + ciphertext + encryptor.tag
