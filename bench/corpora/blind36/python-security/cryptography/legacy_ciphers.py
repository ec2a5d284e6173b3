"""Readers for archives written by the old desktop client."""
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.ciphers.algorithms import IDEA as Idea


def open_rc4_archive(key, blob):
    # expect: weak-crypto
    cipher = Cipher(algorithms.ARC4(key), mode=None)
    return cipher.decryptor().update(blob)


class BlowfishVault:
    ALGORITHM = algorithms.Blowfish

    def __init__(self, key):
        self.key = key

    def decrypt(self, iv, blob):
        # expect: weak-crypto
        algo = self.ALGORITHM(self.key)
        dec = Cipher(algo, modes.CBC(iv)).decryptor()
        return dec.update(blob) + dec.finalize()


def idea_decryptor(key, iv):
    return Cipher(
        # expect: weak-crypto
        Idea(key),
        modes.CFB(iv),
    ).decryptor()


def seal(key, plaintext):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, None)


def aes_ctr(key, nonce):
    return Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor()
