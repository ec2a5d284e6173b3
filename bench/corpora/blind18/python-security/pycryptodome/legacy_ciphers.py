"""Encryption of card tokens for the payment bridge (PyCryptodome)."""
import os

from Crypto.Cipher import AES, ARC4, DES, Blowfish, ChaCha20_Poly1305
from Crypto.Cipher import DES3 as TripleDES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

KEY = bytes.fromhex(os.environ["CARD_KEY_HEX"])


def encrypt_legacy(data: bytes) -> bytes:
    # expect: weak-cipher
    cipher = DES.new(KEY[:8], DES.MODE_ECB)
    return cipher.encrypt(pad(data, 8))


def encrypt_stream(data: bytes) -> bytes:
    # expect: weak-cipher
    return ARC4.new(KEY).encrypt(data)


def encrypt_bf(data: bytes) -> bytes:
    iv = get_random_bytes(8)
    # expect: weak-cipher
    cipher = Blowfish.new(KEY[:16], Blowfish.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, Blowfish.block_size))


def encrypt_aes_ecb(data: bytes) -> bytes:
    mode = AES.MODE_ECB
    # expect: weak-cipher
    cipher = AES.new(KEY, mode)
    return cipher.encrypt(pad(data, AES.block_size))


def encrypt_3des(data: bytes) -> bytes:
    iv = get_random_bytes(8)
    # expect: weak-cipher
    cipher = TripleDES.new(KEY[:24], TripleDES.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(data, 8))


def encrypt(data: bytes) -> bytes:
    # safe: AES-GCM
    cipher = AES.new(KEY, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext


def encrypt_chacha(data: bytes, aad: bytes) -> bytes:
    # safe: ChaCha20-Poly1305
    cipher = ChaCha20_Poly1305.new(key=KEY)
    cipher.update(aad)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext
