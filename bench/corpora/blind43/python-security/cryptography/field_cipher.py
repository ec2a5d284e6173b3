"""Field-level encryption for stored customer data."""
import os

from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_cbc(key: bytes, padded: bytes) -> bytes:
    iv = os.urandom(16)
    # expect: weak-crypto
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + encryptor.update(padded) + encryptor.finalize()


def stream(key: bytes, nonce: bytes, data: bytes) -> bytes:
    # expect: weak-crypto
    cipher = Cipher(algorithms.AES(key), mode=modes.CTR(nonce))
    enc = cipher.encryptor()
    return enc.update(data) + enc.finalize()


class LegacyVault:
    def __init__(self, key: bytes):
        self.key = key

    def decrypt(self, blob: bytes) -> bytes:
        iv, body = blob[:16], blob[16:]
        cipher = Cipher(
            algorithms.AES(self.key),
            # expect: weak-crypto
            modes.CFB(iv),
        )
        dec = cipher.decryptor()
        return dec.update(body) + dec.finalize()


def ofb(key: bytes, iv: bytes, data: bytes) -> bytes:
    # expect: weak-crypto
    enc = Cipher(algorithms.AES(key), modes.OFB(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def encrypt_then_mac(enc_key: bytes, mac_key: bytes, padded: bytes) -> bytes:
    iv = os.urandom(16)
    encryptor = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor()
    body = iv + encryptor.update(padded) + encryptor.finalize()
    tag = hmac.HMAC(mac_key, hashes.SHA256())
    tag.update(body)
    return body + tag.finalize()


def encrypt_gcm(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)
