"""Key material helpers for the document signing service."""
import os

from Crypto.Cipher import AES, DES, PKCS1_OAEP
from Crypto.PublicKey import RSA
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def new_signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def new_legacy_partner_key():
    return rsa.generate_private_key(
        public_exponent=65537,
        # expect: weak-key-size
        key_size=1024,
    )


def new_device_key():
    # expect: weak-key-size
    return RSA.generate(1024)


def new_ec_key():
    return ec.generate_private_key(ec.SECP384R1())


def seal(key: bytes, plaintext: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, None)


def encrypt_blob(key: bytes, data: bytes) -> bytes:
    # expect: weak-cipher-mode
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(pad(data, AES.block_size))


def decrypt_blob(key: bytes, blob: bytes) -> bytes:
    # expect: weak-cipher-mode
    return unpad(AES.new(key, AES.MODE_ECB).decrypt(blob), AES.block_size)


def encrypt_gcm(key: bytes, data: bytes) -> bytes:
    nonce = get_random_bytes(12)
    ciphertext, tag = AES.new(key, AES.MODE_GCM, nonce=nonce).encrypt_and_digest(data)
    return nonce + tag + ciphertext


def legacy_terminal_encrypt(key8: bytes, data: bytes) -> bytes:
    # expect: weak-cipher
    return DES.new(key8, DES.MODE_CBC, iv=b"\x00" * 8).encrypt(pad(data, 8))


def hazmat_ecb(key: bytes, block: bytes) -> bytes:
    # expect: weak-cipher-mode
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(block) + encryptor.finalize()


def hazmat_ctr(key: bytes, nonce: bytes, data: bytes) -> bytes:
    encryptor = Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def wrap_for(public_pem: bytes, secret: bytes) -> bytes:
    pub = RSA.import_key(public_pem)
    return PKCS1_OAEP.new(pub).encrypt(secret)


def sign_sha1(private_key, payload: bytes) -> bytes:
    # expect: weak-hash
    return private_key.sign(payload, padding.PKCS1v15(), hashes.SHA1())


def export_public(private_key) -> bytes:
    return private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
