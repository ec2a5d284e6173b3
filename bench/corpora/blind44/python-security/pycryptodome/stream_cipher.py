"""Obfuscation layer for the legacy telemetry protocol."""
from Crypto.Cipher import ARC4
from Crypto.Cipher import ARC4 as RC4
from Crypto.Cipher import AES, ChaCha20_Poly1305
import Cryptodome.Cipher.ARC4
from Crypto.Random import get_random_bytes


def encrypt_frame(key, frame):
    # expect: weak-crypto
    cipher = ARC4.new(key)
    return cipher.encrypt(frame)


def decrypt_frame(key, blob):
    # expect: weak-crypto
    return RC4.new(key, drop=768).decrypt(blob)


class TelemetryChannel:
    def __init__(self, session_key):
        # expect: weak-crypto
        self._cipher = Cryptodome.Cipher.ARC4.new(session_key)

    def send(self, sock, payload):
        sock.sendall(self._cipher.encrypt(payload))


def encrypt_frame_v2(key, frame):
    cipher = AES.new(key, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(frame)
    return cipher.nonce + tag + ct


def encrypt_frame_v3(key, frame):
    nonce = get_random_bytes(12)
    cipher = ChaCha20_Poly1305.new(key=key, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(frame)
    return nonce + tag + ct
