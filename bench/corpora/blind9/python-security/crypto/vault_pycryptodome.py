# library: pycryptodome (Crypto.Cipher)
"""Field-level encryption for exported customer records."""
from Crypto.Cipher import AES, ARC4, DES, DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


def encrypt_field(key: bytes, value: bytes) -> bytes:
    nonce = get_random_bytes(12)
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(value)
    return nonce + tag + ct


def encrypt_legacy(key: bytes, value: bytes) -> bytes:
    # expect: weak-cipher
    cipher = DES.new(key[:8], DES.MODE_ECB)
    return cipher.encrypt(pad(value, DES.block_size))


def encrypt_export(key: bytes, value: bytes) -> bytes:
    # expect: weak-cipher
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(pad(value, AES.block_size))


def decrypt_mainframe(key: bytes, blob: bytes) -> bytes:
    iv, body = blob[:8], blob[8:]
    # expect: weak-cipher
    return unpad(DES3.new(key, DES3.MODE_CBC, iv).decrypt(body), 8)


def obfuscate(key: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    return ARC4.new(key).encrypt(data)


def encrypt_stream(key: bytes, data: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_CTR)
    return cipher.nonce + cipher.encrypt(data)
