"""Decrypts blobs written by the old desktop client (PyCryptodome)."""
import os

from Crypto.Cipher import AES
from Crypto.Cipher import AES as LegacyAES
from Crypto.Random import get_random_bytes

EMPTY_KEY = ""


def decrypt_v1(blob):
    # expect: weak-crypto
    cipher = AES.new("", AES.MODE_ECB)
    return cipher.decrypt(blob)


def decrypt_v2(blob, iv):
    # expect: weak-crypto
    cipher = LegacyAES.new("", LegacyAES.MODE_CBC, iv)
    return cipher.decrypt(blob)


def encrypt_default(data, key=EMPTY_KEY):
    # expect: weak-crypto
    cipher = AES.new(key, AES.MODE_EAX)
    return cipher.encrypt_and_digest(data)


def decrypt_v3(blob, nonce):
    # expect: weak-crypto
    return AES.new(key=b"", mode=AES.MODE_GCM, nonce=nonce).decrypt(blob)


def safe_ciphers(data):
    key = get_random_bytes(32)
    gcm = AES.new(key, AES.MODE_GCM)
    stored = AES.new(os.environ["BLOB_KEY"].encode()[:32], AES.MODE_EAX)
    return gcm.encrypt_and_digest(data), stored.nonce
