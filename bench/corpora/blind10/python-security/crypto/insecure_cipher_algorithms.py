# library: cryptography (legacy algorithms: ARC4, Blowfish, TripleDES, IDEA)
"""Compatibility layer for the old archive format."""
import os

from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4, Blowfish, TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.fernet import Fernet


def rc4_stream(key, data):
    # expect: weak-cipher
    enc = Cipher(ARC4(key), mode=None).encryptor()
    return enc.update(data)


def blowfish_cbc(key, data):
    iv = os.urandom(8)
    # expect: weak-cipher
    enc = Cipher(Blowfish(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()


def des3_cbc(key, data):
    iv = os.urandom(8)
    # expect: weak-cipher
    enc = Cipher(TripleDES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()


def aes_cbc(key, data):
    iv = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()


def modern(key, data):
    return Fernet(key).encrypt(data)


def chacha(key, nonce, data):
    enc = Cipher(algorithms.ChaCha20(key, nonce), mode=None).encryptor()
    return enc.update(data)
