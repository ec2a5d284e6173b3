"""Decrypts payloads from the old field units, which only speak RC4."""
import os

from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.ciphers.algorithms import ARC4 as LegacyARC4
import cryptography.hazmat.primitives.ciphers.algorithms as algs


class UnitLink:
    def __init__(self, unit_key: bytes):
        self.unit_key = unit_key

    def decrypt_frame(self, frame: bytes) -> bytes:
        # expect: weak-cipher
        cipher = Cipher(algorithms.ARC4(self.unit_key), mode=None)
        return cipher.decryptor().update(frame)

    def encrypt_command(self, command: bytes) -> bytes:
        # expect: weak-cipher
        stream = Cipher(LegacyARC4(self.unit_key), None).encryptor()
        return stream.update(command)


def rekey_stream(session_key: bytes, counter: int):
    # expect: weak-cipher
    algorithm = algs.ARC4(session_key + counter.to_bytes(4, "big"))
    return Cipher(algorithm, mode=None).encryptor()


def seal_report(key: bytes, report: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, report, b"report")


def stream_upload(key: bytes, chunk: bytes, nonce: bytes) -> bytes:
    encryptor = Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor()
    return encryptor.update(chunk) + encryptor.finalize()


def tag_frame(key: bytes, frame: bytes) -> bytes:
    mac = hmac.HMAC(key, hashes.SHA256())
    mac.update(frame)
    return mac.finalize()


def chacha_frame(key: bytes, nonce: bytes, data: bytes) -> bytes:
    return Cipher(algorithms.ChaCha20(key, nonce), mode=None).encryptor().update(data)
