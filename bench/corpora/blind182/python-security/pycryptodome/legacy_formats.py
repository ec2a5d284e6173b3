"""Read and write the file formats of the old desktop client (PyCryptodome)."""
import base64
import os

from Crypto.Cipher import AES, ARC2, DES, DES3, Blowfish
from Crypto.Util.Padding import pad, unpad

KEY = base64.b64decode(os.environ["CLIENT_FILE_KEY"])  # 32 random bytes


def write_settings_v1(data: bytes) -> bytes:
    iv = os.urandom(8)
    # expect: weak-cipher
    cipher = DES.new(KEY[:8], DES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, 8))


def write_contacts_v2(data: bytes) -> bytes:
    iv = os.urandom(8)
    # expect: weak-cipher
    cipher = Blowfish.new(KEY[:16], Blowfish.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, 8))


def write_notes_v2(data: bytes) -> bytes:
    iv = os.urandom(8)
    # expect: weak-cipher
    cipher = ARC2.new(KEY[:16], ARC2.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, 8))


def write_any_v3(data: bytes) -> bytes:
    cipher = AES.new(KEY, AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct


def read_any_v3(blob: bytes) -> bytes:
    nonce, tag, ct = blob[:16], blob[16:32], blob[32:]
    cipher = AES.new(KEY, AES.MODE_GCM, nonce=nonce)
    return cipher.decrypt_and_verify(ct, tag)


def read_archive_v0(blob: bytes) -> bytes:
    iv, ct = blob[:8], blob[8:]
    cipher = DES3.new(KEY[:24], DES3.MODE_CBC, iv)
    return unpad(cipher.decrypt(ct), 8)
