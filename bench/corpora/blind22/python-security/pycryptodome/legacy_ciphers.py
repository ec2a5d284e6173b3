"""Compatibility layer for files written by the old desktop client (PyCryptodome)."""
from Crypto.Cipher import AES, ARC2, ARC4, DES, Blowfish, ChaCha20_Poly1305
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


def decrypt_v1(key, blob):
    # expect: weak-cipher
    cipher = DES.new(key, DES.MODE_CBC, iv=blob[:8])
    return unpad(cipher.decrypt(blob[8:]), 8)


def decrypt_v2(key, blob):
    # expect: weak-cipher
    return ARC4.new(key).decrypt(blob)


def decrypt_v3(key, blob):
    # expect: weak-cipher
    cipher = Blowfish.new(key, Blowfish.MODE_CBC, blob[:8])
    return unpad(cipher.decrypt(blob[8:]), Blowfish.block_size)


def decrypt_v4(key, blob):
    # expect: weak-cipher
    return ARC2.new(key, ARC2.MODE_ECB).decrypt(blob)


def encrypt_index(key, data):
    # expect: weak-cipher
    return AES.new(key, AES.MODE_ECB).encrypt(pad(data, 16))


def encrypt_cbc(key, data):
    iv = get_random_bytes(16)
    # expect: weak-cipher
    cipher = AES.new(key, AES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, 16))


def encrypt_current(key, data):
    cipher = AES.new(key, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct


def encrypt_chacha(key, data):
    cipher = ChaCha20_Poly1305.new(key=key)
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct
