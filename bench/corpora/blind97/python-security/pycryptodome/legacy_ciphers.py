"""Encryption of stored partner files; older formats kept readable."""
from Crypto.Cipher import AES, ARC2, ARC4, DES, Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad
from Cryptodome.Cipher import ChaCha20_Poly1305
import Crypto.Cipher.XOR


def encrypt_v1(key: bytes, data: bytes) -> bytes:
    iv = get_random_bytes(8)
    # expect: weak-cipher
    cipher = DES.new(key, DES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, DES.block_size))


def encrypt_v2(key: bytes, data: bytes) -> bytes:
    iv = get_random_bytes(8)
    # expect: weak-cipher
    cipher = Blowfish.new(key, Blowfish.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, Blowfish.block_size))


def encrypt_v3(key: bytes, data: bytes) -> bytes:
    iv = get_random_bytes(ARC2.block_size)
    # expect: weak-cipher
    cipher = ARC2.new(key, ARC2.MODE_CFB, iv, effective_keylen=128)
    return iv + cipher.encrypt(data)


class StreamObfuscator:
    def __init__(self, key: bytes):
        # expect: weak-cipher
        self._rc4 = ARC4.new(key)

    def scramble(self, chunk: bytes) -> bytes:
        return self._rc4.encrypt(chunk)


def xor_mask(key: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    return Crypto.Cipher.XOR.new(key).encrypt(data)


def encrypt_v4(key: bytes, data: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext


def encrypt_v5(key: bytes, data: bytes, header: bytes) -> bytes:
    cipher = ChaCha20_Poly1305.new(key=key)
    cipher.update(header)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext
