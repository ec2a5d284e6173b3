"""Cipher suite of the old sync protocol (v1 clients) and its v2 replacement."""
from Crypto.Cipher import ARC4, Blowfish
from Crypto.Cipher import XOR
from Crypto.Random import get_random_bytes
from Cryptodome.Cipher import ARC2 as RC2
from Cryptodome.Cipher import AES, ChaCha20_Poly1305
import Cryptodome.Cipher.ARC4


def v1_stream_cipher(session_key):
    # expect: weak-cipher
    return ARC4.new(session_key)


def v1_seal_attachment(key, data):
    iv = get_random_bytes(8)
    # expect: weak-cipher
    cipher = Blowfish.new(key, Blowfish.MODE_CBC, iv)
    pad_len = 8 - len(data) % 8
    return iv + cipher.encrypt(data + bytes([pad_len]) * pad_len)


def v1_obfuscate_header(key, header):
    # expect: weak-cipher
    return XOR.new(key).encrypt(header)


def v1_wrap_archive_key(kek, archive_key):
    # expect: weak-cipher
    cipher = RC2.new(
        kek, RC2.MODE_CBC, iv=b"\x00" * 8, effective_keylen=128,
    )
    return cipher.encrypt(archive_key)


def v1_decrypt_stream(session_key, blob):
    # expect: weak-cipher
    return Cryptodome.Cipher.ARC4.new(session_key).decrypt(blob)


def v2_seal(key, data, header=b""):
    cipher = ChaCha20_Poly1305.new(key=key)
    cipher.update(header)
    body, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + body


def v2_seal_attachment(key, data):
    cipher = AES.new(key, AES.MODE_GCM)
    body, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + body


def v2_open_attachment(key, blob):
    nonce, tag, body = blob[:16], blob[16:32], blob[32:]
    return AES.new(key, AES.MODE_GCM, nonce=nonce).decrypt_and_verify(body, tag)
