"""Encryption of database backups before they are uploaded to object storage."""
import hmac as std_hmac
import os

from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hmac import HMAC

MAGIC_V3 = b"BKP3"


def encrypt_v1(key, plaintext):
    """Format used by backups written before 2025 (kept for the restore tool)."""
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext) + padder.finalize()
    # expect: weak-cipher
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + encryptor.update(data) + encryptor.finalize()


def encrypt_stream_v2(key, chunks):
    nonce = os.urandom(16)
    # expect: weak-cipher
    encryptor = Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor()
    yield nonce
    for chunk in chunks:
        yield encryptor.update(chunk)
    yield encryptor.finalize()


def encrypt_v3(key, plaintext, backup_id):
    nonce = os.urandom(12)
    return MAGIC_V3 + nonce + AESGCM(key).encrypt(nonce, plaintext, backup_id.encode())


def encrypt_v2_authenticated(enc_key, mac_key, plaintext):
    """Encrypt-then-MAC variant used by the archive exporter."""
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext) + padder.finalize()
    encryptor = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor()
    body = iv + encryptor.update(data) + encryptor.finalize()
    mac = HMAC(mac_key, hashes.SHA256())
    mac.update(body)
    return body + mac.finalize()


def encrypt_gcm_stream(key, iv, aad, chunks):
    encryptor = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()
    encryptor.authenticate_additional_data(aad)
    out = [encryptor.update(chunk) for chunk in chunks]
    out.append(encryptor.finalize())
    return b"".join(out), encryptor.tag


def same_digest(a, b):
    return std_hmac.compare_digest(a, b)
