"""Encryption of archived exports (format versions 1-3 still read)."""
import logging

from Crypto.Cipher import AES, ARC4, DES, Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

log = logging.getLogger(__name__)


def encrypt_v1(key: bytes, data: bytes) -> bytes:
    iv = get_random_bytes(8)
    # expect: weak-cipher
    cipher = DES.new(key[:8], DES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, 8))


def encrypt_v2(key: bytes, data: bytes) -> bytes:
    iv = get_random_bytes(8)
    # expect: weak-cipher
    cipher = Blowfish.new(key, Blowfish.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, Blowfish.block_size))


def encrypt_stream(key: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    return ARC4.new(key).encrypt(data)


def encrypt_v4(key: bytes, data: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext


def decrypt_v4(key: bytes, blob: bytes) -> bytes:
    nonce, tag, ciphertext = blob[:16], blob[16:32], blob[32:]
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    return cipher.decrypt_and_verify(ciphertext, tag)


def encrypt_current(key: bytes, data: bytes) -> bytes:
    log.debug("encrypting %d bytes with format v4", len(data))
    return b"\x04" + encrypt_v4(key, data)


def unpad_block(data: bytes, size: int) -> bytes:
    return unpad(data, size)
