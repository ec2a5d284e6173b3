"""Reads and writes the vendor's ``.pkx`` export files (format v2 uses RC4, v3 AES-GCM)."""
import os
import struct

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC_V2 = b"PKX2"
MAGIC_V3 = b"PKX3"


def _v2_cipher(key):
    # expect: weak-cipher
    return Cipher(algorithms.ARC4(key), mode=None)


def read_export(path, key):
    with open(path, "rb") as fh:
        magic = fh.read(4)
        body = fh.read()
    if magic == MAGIC_V3:
        nonce, ct = body[:12], body[12:]
        return AESGCM(key).decrypt(nonce, ct, MAGIC_V3)
    if magic == MAGIC_V2:
        return _v2_cipher(key).decryptor().update(body)
    raise ValueError("unknown export format")


def write_export(path, key, payload):
    nonce = os.urandom(12)
    with open(path, "wb") as fh:
        fh.write(MAGIC_V3 + nonce + AESGCM(key).encrypt(nonce, payload, MAGIC_V3))


def write_export_v2(path, key, payload):
    """Still needed for customers on the 2019 desktop importer."""
    # expect: weak-cipher
    enc = Cipher(algorithms.ARC4(key), None).encryptor()
    with open(path, "wb") as fh:
        fh.write(MAGIC_V2 + enc.update(payload) + enc.finalize())


def stream_encrypt(key, chunks):
    nonce = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor()
    yield struct.pack(">H", len(nonce)) + nonce
    for chunk in chunks:
        yield enc.update(chunk)
    yield enc.finalize()


def chacha(key, nonce, data):
    return Cipher(algorithms.ChaCha20(key, nonce), mode=None).encryptor().update(data)
