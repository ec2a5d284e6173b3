"""Decrypts exports produced by the old desktop client."""
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def open_export(key: bytes, iv: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    decryptor = Cipher(algorithms.Blowfish(key), modes.CBC(iv)).decryptor()
    return decryptor.update(data) + decryptor.finalize()


def make_export(key, iv, data):
    # expect: weak-cipher
    algo = algorithms.Blowfish(key)
    enc = Cipher(algo, modes.CFB(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def open_export_v2(key: bytes, nonce: bytes, data: bytes) -> bytes:
    return AESGCM(key).decrypt(nonce, data, None)
