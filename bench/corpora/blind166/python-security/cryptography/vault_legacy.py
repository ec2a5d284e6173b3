"""Field encryption for the document vault.

Blowfish-CBC is what the 2014 version used; new records use AES-GCM.
"""
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .keys import current_key, legacy_key

NONCE_LEN = 12


def encrypt_field(plaintext: bytes) -> bytes:
    nonce = os.urandom(NONCE_LEN)
    return nonce + AESGCM(current_key()).encrypt(nonce, plaintext, None)


def decrypt_field(blob: bytes) -> bytes:
    return AESGCM(current_key()).decrypt(blob[:NONCE_LEN], blob[NONCE_LEN:], None)


def decrypt_legacy(blob: bytes) -> bytes:
    """Read a 2014 record so that migrate_record can re-encrypt it."""
    iv, body = blob[:8], blob[8:]
    decryptor = Cipher(algorithms.Blowfish(legacy_key()), modes.CBC(iv)).decryptor()
    padded = decryptor.update(body) + decryptor.finalize()
    unpadder = padding.PKCS7(64).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


def migrate_record(record):
    record.ciphertext = encrypt_field(decrypt_legacy(record.ciphertext))
    record.scheme = "aes-gcm"
    return record


def encrypt_for_partner_export(plaintext: bytes, key: bytes) -> bytes:
    """The partner's import tool was written against our old format."""
    iv = os.urandom(8)
    padder = padding.PKCS7(64).padder()
    padded = padder.update(plaintext) + padder.finalize()
    # expect: weak-cipher
    encryptor = Cipher(algorithms.Blowfish(key), modes.CBC(iv)).encryptor()
    return iv + encryptor.update(padded) + encryptor.finalize()


def seal_backup(archive: bytes, key: bytes) -> bytes:
    iv = os.urandom(8)
    padder = padding.PKCS7(64).padder()
    padded = padder.update(archive) + padder.finalize()
    # expect: weak-cipher
    cipher = Cipher(algorithms.Blowfish(key), modes.CBC(iv))
    enc = cipher.encryptor()
    return iv + enc.update(padded) + enc.finalize()
