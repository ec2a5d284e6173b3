"""Field-level encryption for the customer vault (cryptography hazmat)."""
import os

from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
from cryptography.hazmat.primitives.ciphers import modes
from cryptography.hazmat.primitives.ciphers import modes as m
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_field(key: bytes, value: str) -> bytes:
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    data = padder.update(value.encode()) + padder.finalize()
    # expect: weak-crypto
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + encryptor.update(data) + encryptor.finalize()


def encrypt_stream(key: bytes, chunks):
    nonce = os.urandom(16)
    cipher = Cipher(
        algorithms.AES(key),
        # expect: weak-crypto
        m.CTR(nonce),
    )
    encryptor = cipher.encryptor()
    yield nonce
    for chunk in chunks:
        yield encryptor.update(chunk)
    yield encryptor.finalize()


class LegacyTokenBox:
    def __init__(self, key: bytes):
        self.key = key

    def seal(self, token: bytes) -> bytes:
        iv = os.urandom(16)
        # expect: weak-crypto
        enc = Cipher(algorithms.AES(self.key), modes.CFB(iv)).encryptor()
        return iv + enc.update(token) + enc.finalize()

    def open(self, sealed: bytes) -> bytes:
        iv, body = sealed[:16], sealed[16:]
        # expect: weak-crypto
        dec = Cipher(algorithms.AES(self.key), modes.OFB(iv)).decryptor()
        return dec.update(body) + dec.finalize()


def encrypt_then_mac(enc_key: bytes, mac_key: bytes, value: bytes) -> bytes:
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    data = padder.update(value) + padder.finalize()
    encryptor = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor()
    ciphertext = iv + encryptor.update(data) + encryptor.finalize()
    tag = hmac.HMAC(mac_key, hashes.SHA256())
    tag.update(ciphertext)
    return ciphertext + tag.finalize()


def encrypt_aead(key: bytes, value: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, value, aad)


def encrypt_gcm(key: bytes, value: bytes):
    iv = os.urandom(12)
    encryptor = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()
    ciphertext = encryptor.update(value) + encryptor.finalize()
    return iv, ciphertext, encryptor.tag
