"""Reads session blobs written by the old C client, which used a stream cipher."""
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
from cryptography.hazmat.primitives.ciphers import algorithms as algs
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from cryptography.hazmat.primitives.ciphers.algorithms import ARC4


def decrypt_v1(key: bytes, blob: bytes) -> bytes:
    # expect: weak-crypto
    cipher = Cipher(algorithms.ARC4(key), mode=None)
    return cipher.decryptor().update(blob)


def encrypt_v1(key: bytes, data: bytes) -> bytes:
    # expect: weak-crypto
    rc4 = ARC4(key)
    encryptor = Cipher(rc4, None).encryptor()
    return encryptor.update(data) + encryptor.finalize()


class StreamCodec:
    """Chooses a cipher by the version byte of the blob."""

    def __init__(self, key: bytes):
        self.key = key

    def _legacy_cipher(self):
        return Cipher(
            # expect: weak-crypto
            algs.ARC4(self.key),
            mode=None,
        )

    def decode(self, blob: bytes) -> bytes:
        version, nonce, body = blob[0], blob[1:13], blob[13:]
        if version == 1:
            return self._legacy_cipher().decryptor().update(blob[1:])
        return AESGCM(self.key).decrypt(nonce, body, None)

    def encode(self, data: bytes, nonce: bytes) -> bytes:
        return b"\x02" + nonce + ChaCha20Poly1305(self.key).encrypt(nonce, data, None)
