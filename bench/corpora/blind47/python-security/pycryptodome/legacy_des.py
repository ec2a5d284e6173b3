"""Reads and writes records for the old mainframe bridge."""
import Crypto.Cipher.DES
from Crypto.Cipher import AES, DES
from Cryptodome.Cipher import DES as LegacyDES
from Cryptodome.Cipher import ChaCha20_Poly1305
from Cryptodome.Random import get_random_bytes

BLOCK = 8


def _pad(data):
    n = BLOCK - len(data) % BLOCK
    return data + bytes([n]) * n


def encrypt_record(key, record):
    # expect: weak-crypto
    cipher = DES.new(key, DES.MODE_ECB)
    return cipher.encrypt(_pad(record))


def decrypt_batch(key, iv, blob):
    # expect: weak-crypto
    cipher = LegacyDES.new(
        key,
        LegacyDES.MODE_CBC,
        iv=iv,
    )
    return cipher.decrypt(blob)


class BridgeCodec:
    def __init__(self, key):
        self.key = key

    def seal(self, payload):
        iv = get_random_bytes(BLOCK)
        # expect: weak-crypto
        cipher = Crypto.Cipher.DES.new(self.key, Crypto.Cipher.DES.MODE_CFB, iv=iv)
        return iv + cipher.encrypt(payload)


def encrypt_modern(key, payload):
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(payload)
    return cipher.nonce + tag + ciphertext


def encrypt_stream(key, payload):
    cipher = ChaCha20_Poly1305.new(key=key)
    ciphertext, tag = cipher.encrypt_and_digest(payload)
    return cipher.nonce + tag + ciphertext
