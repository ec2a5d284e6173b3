"""Symmetric helpers for the telemetry uplink."""
from Crypto.Cipher import ARC4
from Crypto.Cipher import ARC4 as RC4
import Cryptodome.Cipher.ARC4
from Cryptodome.Cipher import AES, ChaCha20_Poly1305
from Cryptodome.Random import get_random_bytes


def legacy_frame_cipher(key: bytes):
    # expect: weak-cipher
    return ARC4.new(key)


def obfuscate_serial(serial: bytes, key: bytes) -> bytes:
    # expect: weak-cipher
    return RC4.new(key, drop=768).encrypt(serial)


def decrypt_legacy_blob(blob: bytes, key: bytes) -> bytes:
    # expect: weak-cipher
    cipher = Cryptodome.Cipher.ARC4.new(key)
    return cipher.decrypt(blob)


def seal(payload: bytes, key: bytes) -> bytes:
    cipher = ChaCha20_Poly1305.new(key=key)
    ct, tag = cipher.encrypt_and_digest(payload)
    return cipher.nonce + tag + ct


def seal_aes(payload: bytes, key: bytes) -> bytes:
    nonce = get_random_bytes(12)
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(payload)
    return nonce + tag + ct
