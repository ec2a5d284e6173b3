"""Column-level encryption for PII fields."""
import os

from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_ssn(key: bytes, ssn: str) -> bytes:
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    data = padder.update(ssn.encode()) + padder.finalize()
    # expect: weak-cipher
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv), backend=default_backend()).encryptor()
    return iv + encryptor.update(data) + encryptor.finalize()


def encrypt_note(key: bytes, note: bytes) -> bytes:
    nonce = os.urandom(16)
    # expect: weak-cipher
    cipher = Cipher(algorithms.AES(key), modes.CTR(nonce))
    enc = cipher.encryptor()
    return nonce + enc.update(note) + enc.finalize()


class CardVault:
    def __init__(self, key: bytes):
        self.key = key

    def seal(self, pan: bytes) -> bytes:
        iv = os.urandom(16)
        # expect: weak-cipher
        enc = Cipher(algorithms.AES(self.key), modes.CFB(iv)).encryptor()
        return iv + enc.update(pan) + enc.finalize()

    def seal_stream(self, chunks):
        iv = os.urandom(16)
        # expect: weak-cipher
        enc = Cipher(algorithms.AES(self.key), modes.OFB(iv)).encryptor()
        yield iv
        for chunk in chunks:
            yield enc.update(chunk)
        yield enc.finalize()


def encrypt_then_mac(enc_key: bytes, mac_key: bytes, data: bytes) -> bytes:
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    enc = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor()
    body = iv + enc.update(padded) + enc.finalize()
    tag = hmac.HMAC(mac_key, hashes.SHA256())
    tag.update(body)
    return body + tag.finalize()


def encrypt_address(key: bytes, address: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, address.encode(), b"address")


def encrypt_gcm(key: bytes, data: bytes) -> bytes:
    iv = os.urandom(12)
    enc = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()
    ct = enc.update(data) + enc.finalize()
    return iv + enc.tag + ct
