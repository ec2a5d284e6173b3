"""Decryption of archives written by the old desktop client."""
from Crypto.Cipher import ARC2, ARC4, DES, AES, ChaCha20_Poly1305
from Cryptodome.Cipher import Blowfish as BF
import Crypto.Cipher.XOR
from Crypto.Random import get_random_bytes


def open_archive(key: bytes, iv: bytes, blob: bytes) -> bytes:
    # expect: weak-crypto
    cipher = ARC2.new(key, ARC2.MODE_CBC, iv=iv)
    return cipher.decrypt(blob)


def stream_token(key: bytes, token: bytes) -> bytes:
    # expect: weak-crypto
    return ARC4.new(key).decrypt(token)


class LegacyProfile:
    cipher_factory = BF

    def __init__(self, key: bytes):
        # expect: weak-crypto
        self.cipher = self.cipher_factory.new(key, BF.MODE_ECB)


def pin_block(key: bytes, block: bytes) -> bytes:
    # expect: weak-crypto
    des = DES.new(key, DES.MODE_ECB)
    return des.encrypt(block)


def obfuscate(key: bytes, data: bytes) -> bytes:
    # expect: weak-crypto
    return Crypto.Cipher.XOR.new(key).encrypt(data)


def modern(data: bytes) -> tuple:
    key = get_random_bytes(32)
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return key, cipher.nonce, ciphertext, tag


def sealed(key: bytes, data: bytes) -> tuple:
    cipher = ChaCha20_Poly1305.new(key=key)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce, ciphertext, tag
