"""Reads values sealed by the old vault (RC2) and reseals them with AES-GCM."""
from Crypto.Cipher import AES, ARC2
from Crypto.Random import get_random_bytes


def open_legacy(key: bytes, iv: bytes, blob: bytes) -> bytes:
    # expect: weak-cipher
    cipher = ARC2.new(key, ARC2.MODE_CBC, iv)
    return cipher.decrypt(blob)


def seal_legacy(key, data):
    # expect: weak-cipher
    return ARC2.new(key, ARC2.MODE_ECB).encrypt(data)


def reseal(key: bytes, plaintext: bytes):
    nonce = get_random_bytes(12)
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    ciphertext, tag = cipher.encrypt_and_digest(plaintext)
    return nonce, ciphertext, tag
