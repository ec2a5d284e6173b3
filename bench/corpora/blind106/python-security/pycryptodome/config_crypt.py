"""Encrypts config blobs before they are written to the shared volume."""
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


def encrypt_config(blob: bytes) -> bytes:
    iv = get_random_bytes(16)
    # expect: weak-key
    cipher = AES.new("", AES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(blob, AES.block_size))


def decrypt_config(data: bytes) -> bytes:
    # expect: weak-key
    cipher = AES.new("", AES.MODE_CBC, data[:16])
    return unpad(cipher.decrypt(data[16:]), AES.block_size)


class SecretBox:
    def __init__(self, key=None):
        self.key = key or os.environ.get("CONFIG_KEY", "").encode()

    def seal_default(self, blob: bytes):
        # expect: weak-key
        cipher = AES.new("", mode=AES.MODE_EAX)
        ciphertext, tag = cipher.encrypt_and_digest(blob)
        return cipher.nonce, ciphertext, tag

    def seal(self, blob: bytes):
        cipher = AES.new(self.key, AES.MODE_EAX)
        ciphertext, tag = cipher.encrypt_and_digest(blob)
        return cipher.nonce, ciphertext, tag


def seal_with_random_key(blob: bytes):
    key = get_random_bytes(32)
    cipher = AES.new(key, AES.MODE_GCM)
    return key, cipher.nonce, cipher.encrypt_and_digest(blob)


def describe():
    return "AES.new('', ...) used to be the default here; keys now come from CONFIG_KEY"
