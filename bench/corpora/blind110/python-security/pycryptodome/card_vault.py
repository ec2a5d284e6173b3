"""Encryption for the card-on-file vault (legacy terminals still send DES blobs)."""
import os

import Crypto.Cipher.DES
from Crypto.Cipher import AES, DES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad
from Cryptodome.Cipher import DES as DomeDES

TERMINAL_KEY = bytes.fromhex(os.environ["TERMINAL_DES_KEY"])
VAULT_KEY = bytes.fromhex(os.environ["VAULT_AES_KEY"])


def decrypt_terminal_blob(blob: bytes) -> bytes:
    # expect: weak-cipher
    cipher = DES.new(TERMINAL_KEY, DES.MODE_ECB)
    return unpad(cipher.decrypt(blob), DES.block_size)


def encrypt_pan(pan: str) -> bytes:
    iv = get_random_bytes(8)
    # expect: weak-cipher
    cipher = DomeDES.new(TERMINAL_KEY, DomeDES.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(pan.encode(), 8))


class TerminalSession:
    def __init__(self, session_key: bytes):
        self.session_key = session_key

    def mac_block(self, data: bytes) -> bytes:
        # expect: weak-cipher
        return Crypto.Cipher.DES.new(self.session_key, Crypto.Cipher.DES.MODE_ECB).encrypt(data[:8])

    def seal_for_host(self, data: bytes) -> bytes:
        cipher = AES.new(VAULT_KEY, AES.MODE_EAX)
        ciphertext, tag = cipher.encrypt_and_digest(data)
        return cipher.nonce + tag + ciphertext


def store_pan(pan: str) -> bytes:
    cipher = AES.new(VAULT_KEY, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(pan.encode())
    return cipher.nonce + tag + ciphertext


def load_pan(blob: bytes) -> str:
    nonce, tag, ciphertext = blob[:16], blob[16:32], blob[32:]
    cipher = AES.new(VAULT_KEY, AES.MODE_GCM, nonce=nonce)
    return cipher.decrypt_and_verify(ciphertext, tag).decode()
