"""Reads secrets stored by the 2014 vault, which used Blowfish."""
from Crypto.Cipher import AES, Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad
import Cryptodome.Cipher.Blowfish as CdBlowfish
import Crypto.Cipher


def open_record(key: bytes, record: bytes) -> bytes:
    iv, body = record[:8], record[8:]
    # expect: weak-cipher
    cipher = Blowfish.new(key, Blowfish.MODE_CBC, iv)
    return unpad(cipher.decrypt(body), Blowfish.block_size)


def seal_record(key: bytes, secret: bytes) -> bytes:
    # expect: weak-cipher
    cipher = Crypto.Cipher.Blowfish.new(key, mode=Crypto.Cipher.Blowfish.MODE_CFB)
    return cipher.iv + cipher.encrypt(secret)


class LegacyBackend:
    def __init__(self, key: bytes):
        self.key = key

    def decrypt_blob(self, blob: bytes) -> bytes:
        # expect: weak-cipher
        return CdBlowfish.new(self.key, CdBlowfish.MODE_ECB).decrypt(blob)


def migrate_record(old_key: bytes, new_key: bytes, plaintext: bytes) -> bytes:
    cipher = AES.new(new_key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(plaintext)
    return cipher.nonce + tag + ciphertext


def wrap_key(master: bytes) -> bytes:
    data_key = get_random_bytes(32)
    cipher = AES.new(master, AES.MODE_CBC)
    return cipher.iv + cipher.encrypt(pad(data_key, AES.block_size))


def describe():
    return "records before 2019 use Blowfish-CBC; see migrate_record"
