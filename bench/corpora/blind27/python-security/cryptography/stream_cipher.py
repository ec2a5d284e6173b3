"""Obfuscates cached blobs (written years ago, still used by the sync job)."""
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


def obfuscate(key: bytes, blob: bytes) -> bytes:
    # expect: weak-cipher
    cipher = Cipher(algorithms.ARC4(key), mode=None)
    return cipher.encryptor().update(blob)


def legacy_idea(key: bytes, iv: bytes, blob: bytes) -> bytes:
    # expect: weak-cipher
    enc = Cipher(algorithms.IDEA(key), modes.CBC(iv)).encryptor()
    return enc.update(blob) + enc.finalize()


def seal(key: bytes, blob: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, blob, None)


def seal_aes(key: bytes, blob: bytes) -> bytes:
    nonce = os.urandom(12)
    enc = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
    return nonce + enc.update(blob) + enc.finalize() + enc.tag
