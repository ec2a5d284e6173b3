"""Field-level encryption for exported customer records."""
import os

from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.ciphers.modes import ECB, GCM


def encrypt_field(key: bytes, value: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    data = padder.update(value) + padder.finalize()
    # expect: weak-cipher
    enc = Cipher(algorithms.AES(key), modes.ECB(), backend=default_backend()).encryptor()
    return enc.update(data) + enc.finalize()


def decrypt_field(key: bytes, blob: bytes) -> bytes:
    # expect: weak-cipher
    mode = ECB()
    dec = Cipher(algorithms.AES(key), mode).decryptor()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(dec.update(blob) + dec.finalize()) + unpadder.finalize()


class TokenWrapper:
    def __init__(self, key: bytes):
        self.key = key

    def wrap(self, block16: bytes) -> bytes:
        # expect: weak-cipher
        cipher = Cipher(algorithms.AES(self.key), mode=modes.ECB())
        enc = cipher.encryptor()
        return enc.update(block16) + enc.finalize()


def encrypt_record(key: bytes, value: bytes, aad: bytes = b"") -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, value, aad)


def encrypt_stream(key: bytes, value: bytes):
    iv = os.urandom(12)
    enc = Cipher(algorithms.AES(key), GCM(iv)).encryptor()
    body = enc.update(value) + enc.finalize()
    return iv, body, enc.tag
