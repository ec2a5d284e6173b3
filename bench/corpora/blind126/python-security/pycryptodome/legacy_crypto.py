"""Encryption helpers of the old billing exporter (pycryptodome)."""
from Crypto.Cipher import AES, ARC4, DES, Blowfish, ChaCha20_Poly1305
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


def encrypt_card_export(key8, data):
    iv = get_random_bytes(8)
    # expect: weak-cipher
    cipher = DES.new(key8, DES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, 8))


def obfuscate_session(key, payload):
    # expect: weak-cipher
    return ARC4.new(key).encrypt(payload)


def encrypt_archive(key, data):
    iv = get_random_bytes(8)
    # expect: weak-cipher
    cipher = Blowfish.new(key, Blowfish.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, Blowfish.block_size))


def encrypt_export(key32, data):
    cipher = AES.new(key32, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext


def decrypt_export(key32, blob):
    nonce, tag, ciphertext = blob[:16], blob[16:32], blob[32:]
    cipher = AES.new(key32, AES.MODE_GCM, nonce=nonce)
    return cipher.decrypt_and_verify(ciphertext, tag)


def seal(key32, data, header=b""):
    cipher = ChaCha20_Poly1305.new(key=key32)
    cipher.update(header)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext


def strip_padding(block):
    return unpad(block, 16)
