"""Compatibility layer for files written by the 2012 desktop client (cryptography)."""
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
from cryptography.hazmat.primitives.ciphers import algorithms as algs
from cryptography.hazmat.primitives.ciphers.algorithms import ARC4
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from cryptography.hazmat.primitives.ciphers import modes


def decrypt_legacy(key, blob):
    # expect: weak-crypto
    cipher = Cipher(algorithms.ARC4(key), mode=None)
    return cipher.decryptor().update(blob)


def encrypt_legacy(key, data):
    # expect: weak-crypto
    algorithm = algs.ARC4(key)
    enc = Cipher(algorithm, None).encryptor()
    return enc.update(data) + enc.finalize()


class LegacyVault:
    def __init__(self, key):
        self.key = key

    def open(self, blob):
        # expect: weak-crypto
        return Cipher(ARC4(self.key), mode=None).decryptor().update(blob)


def encrypt_current(key, data, aad=b""):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, aad)


def encrypt_chacha(key, data):
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, data, None)


def encrypt_aes_gcm_stream(key, data):
    iv = os.urandom(12)
    enc = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize() + enc.tag
