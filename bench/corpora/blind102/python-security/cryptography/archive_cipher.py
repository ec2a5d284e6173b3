"""Decrypts archives written by the 2012 backup appliance."""
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
import cryptography.hazmat.primitives.ciphers.algorithms as algs


def open_archive(key: bytes, iv: bytes, blob: bytes) -> bytes:
    # expect: weak-cipher
    cipher = Cipher(algorithms.Blowfish(key), modes.CBC(iv))
    dec = cipher.decryptor()
    padded = dec.update(blob) + dec.finalize()
    unpadder = padding.PKCS7(64).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


def seal_archive(key: bytes, data: bytes) -> bytes:
    iv = os.urandom(8)
    # expect: weak-cipher
    enc = Cipher(algs.Blowfish(key), modes.CFB(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()


class ApplianceReader:
    def __init__(self, key):
        # expect: weak-cipher
        self.algorithm = algorithms.Blowfish(key)

    def read(self, iv, blob):
        dec = Cipher(self.algorithm, modes.OFB(iv)).decryptor()
        return dec.update(blob) + dec.finalize()


def seal_modern(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)


def open_modern(key: bytes, iv: bytes, blob: bytes) -> bytes:
    dec = Cipher(algorithms.AES(key), modes.CTR(iv)).decryptor()
    return dec.update(blob) + dec.finalize()
