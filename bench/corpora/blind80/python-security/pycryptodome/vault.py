"""Field-level encryption for customer documents."""
import os

from Crypto.Cipher import AES
from Crypto.Hash import HMAC, SHA256
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

KEY = bytes.fromhex(os.environ["VAULT_KEY_HEX"])
MAC_KEY = bytes.fromhex(os.environ["VAULT_MAC_KEY_HEX"])


def encrypt_field(plaintext: bytes) -> bytes:
    iv = get_random_bytes(16)
    # expect: weak-cipher
    cipher = AES.new(KEY, AES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(plaintext, AES.block_size))


def decrypt_field(blob: bytes) -> bytes:
    # expect: weak-cipher
    cipher = AES.new(KEY, AES.MODE_CBC, iv=blob[:16])
    return unpad(cipher.decrypt(blob[16:]), AES.block_size)


def encrypt_stream(chunk: bytes, nonce: bytes) -> bytes:
    # expect: weak-cipher
    return AES.new(KEY, AES.MODE_CTR, nonce=nonce).encrypt(chunk)


class LegacyBlob:
    MODE = AES.MODE_CFB

    def seal(self, data: bytes) -> bytes:
        iv = get_random_bytes(16)
        # expect: weak-cipher
        return iv + AES.new(KEY, self.MODE, iv=iv).encrypt(data)


def encrypt_then_mac(plaintext: bytes) -> bytes:
    iv = get_random_bytes(16)
    cipher = AES.new(KEY, AES.MODE_CBC, iv)
    body = iv + cipher.encrypt(pad(plaintext, AES.block_size))
    tag = HMAC.new(MAC_KEY, body, digestmod=SHA256).digest()
    return body + tag


def encrypt_gcm(plaintext: bytes, aad: bytes = b"") -> bytes:
    cipher = AES.new(KEY, AES.MODE_GCM)
    cipher.update(aad)
    ciphertext, tag = cipher.encrypt_and_digest(plaintext)
    return cipher.nonce + tag + ciphertext
