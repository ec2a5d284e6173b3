"""Encryption of backup archives and device messages (cryptography hazmat)."""
import logging
import os

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

log = logging.getLogger(__name__)

BACKUP_KEY = bytes.fromhex(os.environ["BACKUP_KEY_HEX"])
DEVICE_KEY = bytes.fromhex(os.environ["DEVICE_KEY_HEX"])


def encrypt_backup(data: bytes) -> bytes:
    # expect: weak-cipher
    encryptor = Cipher(algorithms.ARC4(BACKUP_KEY), mode=None).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def seal_config_value(value: str, key: bytes) -> bytes:
    # expect: weak-cipher
    encryptor = Cipher(algorithms.ARC4(key), mode=None).encryptor()
    return encryptor.update(value.encode())


def device_stream(session_key: bytes):
    # expect: weak-cipher
    algorithm = algorithms.ARC4(session_key)
    return Cipher(algorithm, mode=None).encryptor()


def encrypt_backup_v2(data: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(BACKUP_KEY).encrypt(nonce, data, b"backup-v2")


def encrypt_device_message(message: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(DEVICE_KEY).encrypt(nonce, message, None)


def encrypt_token(token: bytes) -> bytes:
    log.debug("encrypting token of %d bytes", len(token))
    return Fernet(os.environ["TOKEN_FERNET_KEY"]).encrypt(token)
