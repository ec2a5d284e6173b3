"""Read and write archives produced by the 2009 desktop client (RC2-CBC)."""
import Crypto.Cipher.ARC2
from Crypto.Cipher import AES, ARC2
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad
from Cryptodome.Cipher import ARC2 as RC2

LEGACY_IV = b"\x00" * 8


def decrypt_archive(key: bytes, blob: bytes) -> bytes:
    # expect: weak-crypto
    cipher = ARC2.new(key, ARC2.MODE_CBC, iv=blob[:8])
    return unpad(cipher.decrypt(blob[8:]), ARC2.block_size)


def encrypt_archive(key: bytes, data: bytes) -> bytes:
    iv = get_random_bytes(8)
    # expect: weak-crypto
    cipher = RC2.new(key, RC2.MODE_CBC, iv, effective_keylen=128)
    return iv + cipher.encrypt(pad(data, 8))


class ArchiveReader:
    def __init__(self, key: bytes):
        self.key = key

    def _cipher(self, iv=LEGACY_IV):
        # expect: weak-crypto
        return Crypto.Cipher.ARC2.new(
            self.key,
            Crypto.Cipher.ARC2.MODE_ECB,
        )

    def read_block(self, block: bytes) -> bytes:
        return self._cipher().decrypt(block)


def encrypt_archive_v2(key: bytes, data: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext


def decrypt_archive_v2(key: bytes, blob: bytes) -> bytes:
    nonce, tag, ct = blob[:16], blob[16:32], blob[32:]
    return AES.new(key, AES.MODE_GCM, nonce=nonce).decrypt_and_verify(ct, tag)
