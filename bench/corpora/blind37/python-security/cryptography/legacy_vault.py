"""Reads and re-encrypts secrets written by the old vault service."""
import os

import bcrypt
import cryptography.hazmat.primitives.ciphers.algorithms
from cryptography.hazmat.decrepit.ciphers.algorithms import Blowfish as DecrepitBlowfish
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from cryptography.hazmat.primitives.ciphers.algorithms import Blowfish as BF


def decrypt_legacy(key, iv, blob):
    # expect: weak-crypto
    cipher = Cipher(algorithms.Blowfish(key), modes.CBC(iv))
    decryptor = cipher.decryptor()
    return decryptor.update(blob) + decryptor.finalize()


def encrypt_legacy(key, iv, padded):
    # expect: weak-crypto
    encryptor = Cipher(BF(key), modes.CBC(iv)).encryptor()
    return encryptor.update(padded) + encryptor.finalize()


class LegacyToken:
    ALGORITHM = cryptography.hazmat.primitives.ciphers.algorithms.Blowfish

    def __init__(self, key, iv):
        # expect: weak-crypto
        self.cipher = Cipher(self.ALGORITHM(key), modes.CFB(iv))

    def open(self, blob):
        dec = self.cipher.decryptor()
        return dec.update(blob) + dec.finalize()


def decrypt_archive(key, iv, blob):
    # expect: weak-crypto
    dec = Cipher(DecrepitBlowfish(key=key), modes.OFB(iv)).decryptor()
    return dec.update(blob) + dec.finalize()


def reencrypt(key, plaintext):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, None)


def seal_note(key, note):
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, note, b"note")


def hash_master_password(password):
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))
