"""Reads and writes the legacy device stream format."""
import hashlib

import Crypto.Cipher.ARC4
from Crypto.Cipher import AES, ARC4
from Crypto.Random import get_random_bytes
from Cryptodome.Cipher import ARC4 as RC4
from Cryptodome.Cipher import ChaCha20_Poly1305


def decrypt_frame(key, frame):
    # expect: weak-crypto
    cipher = ARC4.new(key)
    return cipher.decrypt(frame)


def encrypt_frame(device_secret, payload):
    session_key = hashlib.sha256(device_secret + b"frame").digest()
    # expect: weak-crypto
    return RC4.new(session_key, drop=768).encrypt(payload)


def keystream(key, length):
    # expect: weak-crypto
    rc4 = Crypto.Cipher.ARC4.new(key)
    return rc4.encrypt(b"\x00" * length)


def decrypt_log(key, blobs):
    # expect: weak-crypto
    ciphers = [ARC4.new(
        key,
    ) for _ in blobs]
    return [c.decrypt(b) for c, b in zip(ciphers, blobs)]


def encrypt_modern(key, payload):
    cipher = AES.new(key, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(payload)
    return cipher.nonce + tag + ct


def encrypt_chacha(key, payload):
    nonce = get_random_bytes(12)
    cipher = ChaCha20_Poly1305.new(key=key, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(payload)
    return nonce + tag + ct
