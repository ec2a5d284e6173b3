"""Reads and re-encrypts secrets written by the 2012 vault (Blowfish) into AES-GCM."""
import os

from cryptography.hazmat.decrepit.ciphers import algorithms as decrepit
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from cryptography.hazmat.primitives.ciphers.algorithms import Blowfish as BF

BLOCK_BITS = 64


def decrypt_v1(key, iv, blob):
    # expect: weak-crypto
    dec = Cipher(algorithms.Blowfish(key), modes.CBC(iv)).decryptor()
    padded = dec.update(blob) + dec.finalize()
    unpadder = padding.PKCS7(BLOCK_BITS).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


def decrypt_v2(key, iv, blob):
    # expect: weak-crypto
    dec = Cipher(BF(key), modes.CFB(iv)).decryptor()
    return dec.update(blob) + dec.finalize()


class LegacyWriter:
    """Still used by the export job for the partner who never upgraded."""

    def __init__(self, key):
        self.key = key

    def encrypt(self, data):
        iv = os.urandom(8)
        # expect: weak-crypto
        enc = Cipher(decrepit.Blowfish(self.key), modes.OFB(iv)).encryptor()
        return iv + enc.update(data) + enc.finalize()


def reencrypt(old_key, new_key, iv, blob):
    plain = decrypt_v1(old_key, iv, blob)
    nonce = os.urandom(12)
    return nonce + AESGCM(new_key).encrypt(nonce, plain, b"vault-v3")


def seal(key, data):
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, data, None)


def aes_cipher(key, nonce):
    return Cipher(algorithms.AES(key), modes.GCM(nonce))
