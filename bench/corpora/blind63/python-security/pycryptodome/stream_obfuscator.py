"""Obfuscates the replay stream sent to the game clients."""
import hashlib
import os

import Crypto.Cipher.ARC4
from Crypto.Cipher import ARC4
from Crypto.Cipher import ChaCha20_Poly1305
from Cryptodome.Cipher import ARC4 as RC4
from Cryptodome.Cipher import AES


def session_key(secret: bytes, nonce: bytes) -> bytes:
    return hashlib.sha256(secret + nonce).digest()


def obfuscate(secret: bytes, payload: bytes) -> bytes:
    nonce = os.urandom(16)
    # expect: weak-crypto
    cipher = ARC4.new(session_key(secret, nonce))
    return nonce + cipher.encrypt(payload)


def deobfuscate(secret: bytes, blob: bytes) -> bytes:
    # expect: weak-crypto
    cipher = RC4.new(session_key(secret, blob[:16]), drop=3072)
    return cipher.decrypt(blob[16:])


class ReplayStream:
    def __init__(self, key: bytes):
        # expect: weak-crypto
        self._rc4 = Crypto.Cipher.ARC4.new(key)

    def frame(self, data: bytes) -> bytes:
        return self._rc4.encrypt(data)


def seal(key: bytes, payload: bytes) -> bytes:
    cipher = ChaCha20_Poly1305.new(key=key)
    ct, tag = cipher.encrypt_and_digest(payload)
    return cipher.nonce + tag + ct


def seal_aes(key: bytes, payload: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(payload)
    return cipher.nonce + tag + ct
