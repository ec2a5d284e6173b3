# library: cryptography (Cipher modes)
"""Field-level encryption for stored card tokens."""
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_ecb(key, block):
    # expect: weak-cipher
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(block) + encryptor.finalize()


def encrypt_gcm(key, plaintext, aad=b""):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def decrypt_ecb(key, blob):
    # expect: weak-cipher
    cipher = Cipher(algorithms.AES(key), mode=modes.ECB())
    decryptor = cipher.decryptor()
    return decryptor.update(blob) + decryptor.finalize()


def encrypt_ctr(key, plaintext):
    nonce = os.urandom(16)
    encryptor = Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor()
    return nonce + encryptor.update(plaintext) + encryptor.finalize()


def decrypt_gcm(key, blob, aad=b""):
    return AESGCM(key).decrypt(blob[:12], blob[12:], aad)
