"""Reads and writes key bundles for the 2008 hardware tokens (RC2 wrapped)."""
import os

from Crypto.Cipher import AES, ARC2
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad
import Cryptodome.Cipher.ARC2 as DomeARC2

BUNDLE_KEY = bytes.fromhex(os.environ["BUNDLE_KEY_HEX"])


def unwrap_bundle(blob: bytes) -> bytes:
    iv, body = blob[:8], blob[8:]
    # expect: weak-cipher
    cipher = ARC2.new(BUNDLE_KEY, ARC2.MODE_CBC, iv, effective_keylen=128)
    return unpad(cipher.decrypt(body), ARC2.block_size)


def wrap_bundle(secret: bytes) -> bytes:
    iv = get_random_bytes(8)
    # expect: weak-cipher
    cipher = DomeARC2.new(BUNDLE_KEY, DomeARC2.MODE_CBC, iv=iv, effective_keylen=40)
    return iv + cipher.encrypt(pad(secret, 8))


class TokenStore:
    def __init__(self, key: bytes):
        self.key = key

    def seal(self, payload: bytes) -> bytes:
        # expect: weak-cipher
        c = ARC2.new(key=self.key, mode=ARC2.MODE_EAX)
        ciphertext, tag = c.encrypt_and_digest(payload)
        return c.nonce + tag + ciphertext

    def seal_modern(self, payload: bytes) -> bytes:
        c = AES.new(self.key[:32], AES.MODE_GCM)
        ciphertext, tag = c.encrypt_and_digest(payload)
        return c.nonce + tag + ciphertext


def key_size_note():
    return "ARC2.new() is kept only for reading old bundles"
