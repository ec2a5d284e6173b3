# library: cryptography (AESGCM / Fernet keys)
import os

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

# expect: hardcoded-secret
TOKEN_KEY = b"k3y-f0r-t0kens-2024-prod-aes256!"
# expect: hardcoded-secret
fernet = Fernet(b"pQ7mV2xL9sR4tY8wZ1cN6bF3hJ5kD0gA2eU7iO9lM4q=")

session_fernet = Fernet(os.environ["SESSION_FERNET_KEY"].encode())


def encrypt_token(plaintext: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(TOKEN_KEY).encrypt(nonce, plaintext, None)


def encrypt_with_env_key(plaintext: bytes) -> bytes:
    key = bytes.fromhex(os.environ["DATA_KEY_HEX"])
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, None)


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def rotate() -> Fernet:
    return Fernet(Fernet.generate_key())
