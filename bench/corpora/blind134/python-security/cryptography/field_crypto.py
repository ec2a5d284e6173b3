"""Encrypts card tokens and notes stored in the payments database."""
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_token(key, token):
    padder = padding.PKCS7(128).padder()
    data = padder.update(token.encode()) + padder.finalize()
    # expect: weak-cipher
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def decrypt_token(key, blob):
    # expect: weak-cipher
    decryptor = Cipher(algorithms.AES(key), modes.ECB()).decryptor()
    data = decryptor.update(blob) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return (unpadder.update(data) + unpadder.finalize()).decode()


class NoteCipher:
    def __init__(self, key):
        self.key = key
        # expect: weak-cipher
        self.mode = modes.ECB()

    def encrypt(self, block16):
        enc = Cipher(algorithms.AES(self.key), self.mode).encryptor()
        return enc.update(block16) + enc.finalize()


def encrypt_note(key, note):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, note.encode(), None)


def encrypt_stream(key, data):
    nonce = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor()
    return nonce + enc.update(data) + enc.finalize()


def encrypt_cbc(key, data):
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(padder.update(data) + padder.finalize()) + enc.finalize()
