"""Field encryption and signing keys (pycryptodome)."""
from Crypto.Cipher import AES, ARC4, DES, DES3, Blowfish, ChaCha20_Poly1305
from Crypto.Hash import SHA256
from Crypto.PublicKey import DSA, ECC, RSA
from Crypto.Random import get_random_bytes
from Crypto.Signature import pss
from Crypto.Util.Padding import pad


def new_signing_key():
    # expect: weak-rsa-key
    return RSA.generate(1024)


def new_signing_key_v2():
    return RSA.generate(3072)


def new_dsa_key():
    # expect: weak-dsa-key
    return DSA.generate(1024)


def new_ecc_key():
    return ECC.generate(curve="P-256")


def encrypt_field_ecb(key: bytes, value: bytes) -> bytes:
    # expect: aes-ecb-mode
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(pad(value, AES.block_size))


def encrypt_field_gcm(key: bytes, value: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(value)
    return cipher.nonce + tag + ciphertext


def encrypt_legacy_des(key: bytes, iv: bytes, value: bytes) -> bytes:
    # expect: des-cipher
    cipher = DES.new(key, DES.MODE_CBC, iv)
    return cipher.encrypt(pad(value, 8))


def encrypt_legacy_3des(key: bytes, value: bytes) -> bytes:
    # expect: triple-des-cipher
    cipher = DES3.new(key, DES3.MODE_CFB)
    return cipher.iv + cipher.encrypt(value)


def encrypt_stream(key: bytes, value: bytes) -> bytes:
    # expect: rc-four-cipher
    return ARC4.new(key).encrypt(value)


def encrypt_blowfish(key: bytes, value: bytes) -> bytes:
    # expect: blowfish-cipher
    cipher = Blowfish.new(key, Blowfish.MODE_CBC)
    return cipher.iv + cipher.encrypt(pad(value, Blowfish.block_size))


def encrypt_chacha(key: bytes, value: bytes, header: bytes) -> bytes:
    cipher = ChaCha20_Poly1305.new(key=key)
    cipher.update(header)
    ciphertext, tag = cipher.encrypt_and_digest(value)
    return cipher.nonce + tag + ciphertext


def sign(key: RSA.RsaKey, message: bytes) -> bytes:
    return pss.new(key).sign(SHA256.new(message))


def new_data_key() -> bytes:
    return get_random_bytes(32)
