"""RC4 stream decryption for the old telemetry format (v1 devices) and AES for v2."""
import os

import cryptography.hazmat.primitives.ciphers.algorithms as algs
from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4 as DecrepitARC4
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.ciphers.algorithms import ARC4


def decrypt_v1(key: bytes, blob: bytes) -> bytes:
    # expect: weak-crypto
    cipher = Cipher(algorithms.ARC4(key), mode=None)
    return cipher.decryptor().update(blob)


def encrypt_v1(key: bytes, data: bytes) -> bytes:
    # expect: weak-crypto
    enc = Cipher(ARC4(key), None).encryptor()
    return enc.update(data) + enc.finalize()


class StreamCodec:
    def __init__(self, key: bytes):
        # expect: weak-crypto
        self._algo = algs.ARC4(key)

    def decode(self, blob: bytes) -> bytes:
        return Cipher(self._algo, mode=None).decryptor().update(blob)


def decrypt_v1_new_lib(key: bytes, blob: bytes) -> bytes:
    # expect: weak-crypto
    cipher = Cipher(DecrepitARC4(key), mode=None)
    return cipher.decryptor().update(blob)


def encrypt_v2(key: bytes, data: bytes, device_id: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, device_id)


def decrypt_v2_stream(key: bytes, nonce: bytes, blob: bytes) -> bytes:
    cipher = Cipher(algorithms.ChaCha20(key, nonce), mode=None)
    return cipher.decryptor().update(blob)


def key_size_ok(key: bytes) -> bool:
    return len(key) * 8 in algorithms.AES.key_sizes
