"""Encrypts profile blobs for the mobile sync service."""
from Crypto.Cipher import Blowfish
from Crypto.Cipher import AES
from Cryptodome.Cipher import Blowfish as DomeBlowfish
import Cryptodome.Cipher.Blowfish
from Crypto.Util.Padding import pad


def encrypt_profile(key: bytes, data: bytes) -> bytes:
    # expect: weak-crypto
    cipher = Blowfish.new(key, Blowfish.MODE_CBC)
    return cipher.iv + cipher.encrypt(pad(data, Blowfish.block_size))


class SyncCodec:
    def __init__(self, key: bytes):
        self.key = key

    def decrypt(self, iv: bytes, blob: bytes) -> bytes:
        # expect: weak-crypto
        return DomeBlowfish.new(self.key, DomeBlowfish.MODE_CBC, iv=iv).decrypt(blob)


def legacy_token(key: bytes, token: bytes) -> bytes:
    # expect: weak-crypto
    cipher = Cryptodome.Cipher.Blowfish.new(
        key,
        Cryptodome.Cipher.Blowfish.MODE_ECB,
    )
    return cipher.decrypt(token)


def encrypt_profile_v2(key: bytes, data: bytes) -> tuple:
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce, ciphertext, tag


def block_size() -> int:
    return Blowfish.block_size
