"""Key generation and symmetric helpers for the signing service (pyca/cryptography)."""
import os

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

KEY = os.urandom(32)
FIXED_NONCE = b"0123456789ab"


def service_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def device_key() -> rsa.RSAPrivateKey:
    # expect: weak-key
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def legacy_dsa_key() -> dsa.DSAPrivateKey:
    # expect: weak-key
    return dsa.generate_private_key(key_size=1024)


def iot_key() -> ec.EllipticCurvePrivateKey:
    # expect: weak-key
    return ec.generate_private_key(ec.SECP192R1())


def api_key_pair() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def export_private(key) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(os.environ["KEY_PASSPHRASE"].encode()),
    )


def seal(data: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(KEY).encrypt(nonce, data, None)


def seal_fixed(data: bytes) -> bytes:
    # expect: static-iv
    return AESGCM(KEY).encrypt(FIXED_NONCE, data, None)


def seal_chacha(data: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(KEY).encrypt(nonce, data, aad)


def encrypt_block_ecb(block16: bytes) -> bytes:
    # expect: weak-cipher
    encryptor = Cipher(algorithms.AES(KEY), modes.ECB()).encryptor()
    return encryptor.update(block16) + encryptor.finalize()


def encrypt_ctr(data: bytes) -> bytes:
    nonce = os.urandom(16)
    encryptor = Cipher(algorithms.AES(KEY), modes.CTR(nonce)).encryptor()
    return nonce + encryptor.update(data) + encryptor.finalize()


def encrypt_cbc_zero_iv(data16: bytes) -> bytes:
    # expect: static-iv
    encryptor = Cipher(algorithms.AES(KEY), modes.CBC(b"\x00" * 16)).encryptor()
    return encryptor.update(data16) + encryptor.finalize()


def sign(key: rsa.RSAPrivateKey, message: bytes) -> bytes:
    return key.sign(message, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH), hashes.SHA256())
