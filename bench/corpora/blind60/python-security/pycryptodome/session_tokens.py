"""Encrypts session blobs shared with the old PHP frontend (Blowfish/CBC there)."""
import base64
import os

import Crypto.Cipher.Blowfish
from Crypto.Cipher import AES, Blowfish
from Crypto.Util.Padding import pad, unpad
from Cryptodome.Cipher import Blowfish as BF

SESSION_KEY = os.environ["LEGACY_SESSION_KEY"].encode()


def encrypt_legacy(data: bytes) -> str:
    iv = os.urandom(Blowfish.block_size)
    # expect: weak-crypto
    cipher = Blowfish.new(SESSION_KEY, Blowfish.MODE_CBC, iv)
    return base64.b64encode(iv + cipher.encrypt(pad(data, Blowfish.block_size))).decode()


def decrypt_legacy(token: str) -> bytes:
    raw = base64.b64decode(token)
    iv, body = raw[:8], raw[8:]
    # expect: weak-crypto
    cipher = BF.new(SESSION_KEY, BF.MODE_CBC, iv=iv)
    return unpad(cipher.decrypt(body), BF.block_size)


def cookie_cipher(key: bytes):
    # expect: weak-crypto
    return Crypto.Cipher.Blowfish.new(key, Crypto.Cipher.Blowfish.MODE_ECB)


class LegacyBridge:
    def __init__(self, key: bytes):
        self.key = key
        # expect: weak-crypto
        self.cipher = Blowfish.new(
            self.key,
            mode=Blowfish.MODE_CFB,
            iv=os.urandom(8),
        )

    def seal(self, data: bytes) -> bytes:
        return self.cipher.iv + self.cipher.encrypt(data)


def encrypt_modern(data: bytes, key: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext


def legacy_block_size() -> int:
    return Blowfish.block_size
