"""Compatibility layer for the card terminals' legacy DES-encrypted tokens."""
import Cryptodome.Cipher.DES
from Crypto.Cipher import AES, DES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad
from Cryptodome.Cipher import DES as LegacyDES


def encrypt_terminal_token(key, token):
    # expect: weak-cipher
    cipher = DES.new(key, DES.MODE_ECB)
    return cipher.encrypt(pad(token, 8))


def decrypt_terminal_token(key, blob):
    iv, body = blob[:8], blob[8:]
    # expect: weak-cipher
    cipher = LegacyDES.new(key, LegacyDES.MODE_CBC, iv=iv)
    return unpad(cipher.decrypt(body), 8)


def mac_pin_block(key, pin_block):
    # expect: weak-cipher
    cipher = Cryptodome.Cipher.DES.new(key, Cryptodome.Cipher.DES.MODE_CBC, iv=b"\x00" * 8)
    return cipher.encrypt(pin_block)[-4:]


class TerminalSession:
    cipher_module = DES

    def __init__(self, session_key):
        self.session_key = session_key

    def seal(self, payload):
        iv = get_random_bytes(8)
        # expect: weak-cipher
        cipher = self.cipher_module.new(
            self.session_key, self.cipher_module.MODE_CBC, iv=iv,
        )
        return iv + cipher.encrypt(pad(payload, 8))


def encrypt_token(key, token):
    cipher = AES.new(key, AES.MODE_GCM)
    body, tag = cipher.encrypt_and_digest(token)
    return cipher.nonce + tag + body


def decrypt_token(key, blob):
    nonce, tag, body = blob[:16], blob[16:32], blob[32:]
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    return cipher.decrypt_and_verify(body, tag)
