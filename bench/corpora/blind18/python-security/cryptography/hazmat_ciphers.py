"""Backup archive encryption (cryptography hazmat layer)."""
import os

from cryptography.hazmat.decrepit.ciphers import algorithms as decrepit
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives import padding


class ArchiveCipher:
    def __init__(self, key: bytes):
        self.key = key

    def encrypt_block_mode(self, data: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(data) + padder.finalize()
        # expect: weak-cipher
        enc = Cipher(algorithms.AES(self.key), modes.ECB()).encryptor()
        return enc.update(padded) + enc.finalize()

    def encrypt_legacy(self, data: bytes) -> bytes:
        iv = os.urandom(8)
        # expect: weak-cipher
        enc = Cipher(decrepit.TripleDES(self.key[:24]), modes.CBC(iv)).encryptor()
        return iv + enc.update(data) + enc.finalize()

    def encrypt_rc4(self, data: bytes) -> bytes:
        algo = decrepit.ARC4(self.key)
        # expect: weak-cipher
        enc = Cipher(algo, mode=None).encryptor()
        return enc.update(data)

    def encrypt_blowfish(self, data: bytes) -> bytes:
        iv = os.urandom(8)
        # expect: weak-cipher
        cipher = Cipher(
            decrepit.Blowfish(self.key[:16]),
            modes.CBC(iv),
        )
        enc = cipher.encryptor()
        return iv + enc.update(data) + enc.finalize()

    def encrypt(self, data: bytes, aad: bytes = b"") -> bytes:
        # safe: AES-GCM
        nonce = os.urandom(12)
        return nonce + AESGCM(self.key).encrypt(nonce, data, aad)

    def encrypt_ctr(self, data: bytes) -> bytes:
        nonce = os.urandom(16)
        # safe: AES-CTR
        enc = Cipher(algorithms.AES(self.key), modes.CTR(nonce)).encryptor()
        return nonce + enc.update(data) + enc.finalize()
