# library: pycryptodome (Crypto.Cipher)
"""Encryption helpers for stored card tokens and legacy backups."""
from Crypto.Cipher import AES, ARC4, DES, Blowfish, ChaCha20_Poly1305
from Crypto.Random import get_random_bytes


def encrypt_token(key, plaintext):
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(plaintext)
    return cipher.nonce + tag + ciphertext


def encrypt_backup_legacy(key, data):
    # expect: weak-cipher
    cipher = DES.new(key, DES.MODE_CBC, iv=get_random_bytes(8))
    return cipher.iv + cipher.encrypt(data)


def obfuscate_stream(key, data):
    # expect: weak-cipher
    return ARC4.new(key).encrypt(data)


def encrypt_blob(key, data):
    # expect: weak-cipher
    cipher = Blowfish.new(key, Blowfish.MODE_CBC)
    return cipher.iv + cipher.encrypt(data)


def encrypt_message(key, data):
    cipher = ChaCha20_Poly1305.new(key=key)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext
