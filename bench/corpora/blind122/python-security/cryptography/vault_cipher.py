"""Encrypts secrets stored in the settings table (pyca/cryptography)."""
import hmac as std_hmac
import os

from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes.fromhex(os.environ["SETTINGS_KEY"])
MAC_KEY = bytes.fromhex(os.environ["SETTINGS_MAC_KEY"])


def encrypt_setting(value: bytes) -> bytes:
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    data = padder.update(value) + padder.finalize()
    # expect: weak-cipher
    encryptor = Cipher(algorithms.AES(KEY), modes.CBC(iv)).encryptor()
    return iv + encryptor.update(data) + encryptor.finalize()


def decrypt_setting(blob: bytes) -> bytes:
    iv, body = blob[:16], blob[16:]
    # expect: weak-cipher
    decryptor = Cipher(algorithms.AES(KEY), modes.CBC(iv)).decryptor()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(decryptor.update(body) + decryptor.finalize()) + unpadder.finalize()


def encrypt_stream_chunk(chunk: bytes, nonce: bytes) -> bytes:
    # expect: weak-cipher
    cipher = Cipher(algorithms.AES(KEY), modes.CTR(nonce))
    enc = cipher.encryptor()
    return enc.update(chunk) + enc.finalize()


def seal_token(value: bytes) -> bytes:
    """Look-alike: CBC followed by an HMAC over iv + ciphertext (encrypt-then-MAC)."""
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    data = padder.update(value) + padder.finalize()
    enc = Cipher(algorithms.AES(KEY), modes.CBC(iv)).encryptor()
    body = iv + enc.update(data) + enc.finalize()
    mac = hmac.HMAC(MAC_KEY, hashes.SHA256())
    mac.update(body)
    return body + mac.finalize()


def open_token(blob: bytes) -> bytes:
    body, tag = blob[:-32], blob[-32:]
    mac = hmac.HMAC(MAC_KEY, hashes.SHA256())
    mac.update(body)
    mac.verify(tag)
    iv = body[:16]
    dec = Cipher(algorithms.AES(KEY), modes.CBC(iv)).decryptor()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(dec.update(body[16:]) + dec.finalize()) + unpadder.finalize()


def encrypt_backup(data: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(KEY).encrypt(nonce, data, b"backup-v1")


def encrypt_gcm(data: bytes) -> bytes:
    iv = os.urandom(12)
    enc = Cipher(algorithms.AES(KEY), modes.GCM(iv)).encryptor()
    ct = enc.update(data) + enc.finalize()
    return iv + enc.tag + ct


def same_digest(a: bytes, b: bytes) -> bool:
    return std_hmac.compare_digest(a, b)
