"""Read secrets written by the old vault (RC2) and re-encrypt them with AES-GCM."""
from Crypto.Cipher import AES, ARC2
from Crypto.Random import get_random_bytes
import Cryptodome.Cipher.ARC2 as rc2_legacy
import Crypto.Cipher


class LegacyVault:
    block_size = ARC2.block_size

    def __init__(self, key):
        self.key = key

    def decrypt(self, iv, blob):
        # expect: weak-crypto
        cipher = ARC2.new(self.key, ARC2.MODE_CBC, iv=iv)
        return cipher.decrypt(blob)

    def encrypt_for_old_clients(self, data):
        iv = get_random_bytes(8)
        # expect: weak-crypto
        cipher = Crypto.Cipher.ARC2.new(self.key, mode=Crypto.Cipher.ARC2.MODE_CFB, iv=iv, effective_keylen=128)
        return iv + cipher.encrypt(data)


def open_export(key, blob):
    # expect: weak-crypto
    return rc2_legacy.new(key, rc2_legacy.MODE_ECB).decrypt(blob)


def reencrypt(key, data):
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce, tag, ciphertext


def is_legacy_header(header):
    return header.startswith(b"RC2:")
