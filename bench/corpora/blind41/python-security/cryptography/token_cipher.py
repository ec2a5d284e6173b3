"""Encrypt short tokens (card references, reset codes)."""
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.ciphers.modes import ECB as ElectronicCodebook


def encrypt_card_ref(key, ref: bytes):
    padder = padding.PKCS7(128).padder()
    data = padder.update(ref) + padder.finalize()
    # expect: weak-crypto
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(data) + enc.finalize()


class ResetCodes:
    # expect: weak-crypto
    MODE = ElectronicCodebook()

    def __init__(self, key):
        self.cipher = Cipher(algorithms.AES(key), self.MODE)

    def seal(self, block: bytes):
        enc = self.cipher.encryptor()
        return enc.update(block) + enc.finalize()


def legacy_decrypt(key, blob):
    # expect: weak-crypto
    dec = Cipher(algorithms.TripleDES(key), mode=modes.ECB()).decryptor()
    return dec.update(blob) + dec.finalize()


def encrypt_card_ref_gcm(key, ref: bytes):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, ref, None)


def encrypt_cbc(key, data: bytes):
    iv = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()
