"""Signing and fingerprinting of archived documents."""
import cryptography.hazmat.primitives.hashes
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import hashes as h
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.hashes import SHA1, SHA256
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

_DIGESTS = {
    "sha256": hashes.SHA256(),
    "sha3": hashes.SHA3_256(),
    # expect: weak-crypto
    "md5": hashes.MD5(),
}


def fingerprint(blob: bytes) -> str:
    # expect: weak-crypto
    digest = hashes.Hash(hashes.MD5())
    digest.update(blob)
    return digest.finalize().hex()


def strong_fingerprint(blob: bytes) -> str:
    digest = hashes.Hash(hashes.SHA256())
    digest.update(blob)
    return digest.finalize().hex()


def sign_legacy(private_key, payload: bytes) -> bytes:
    return private_key.sign(
        payload,
        padding.PKCS1v15(),
        # expect: weak-crypto
        SHA1(),
    )


def sign(private_key, payload: bytes) -> bytes:
    return private_key.sign(payload, padding.PKCS1v15(), SHA256())


class ArchiveKeyDeriver:
    def __init__(self, salt: bytes, iterations: int = 600_000):
        self.salt = salt
        self.iterations = iterations

    def derive_v1(self, passphrase: bytes) -> bytes:
        # expect: weak-crypto
        algo = h.SHA1()
        kdf = PBKDF2HMAC(algorithm=algo, length=32, salt=self.salt, iterations=self.iterations)
        return kdf.derive(passphrase)

    def checksum_v0(self, blob: bytes) -> bytes:
        # expect: weak-crypto
        ctx = cryptography.hazmat.primitives.hashes.Hash(cryptography.hazmat.primitives.hashes.MD5())
        ctx.update(blob)
        return ctx.finalize()

    def derive(self, passphrase: bytes) -> bytes:
        kdf = PBKDF2HMAC(algorithm=hashes.SHA512(), length=32, salt=self.salt, iterations=self.iterations)
        return kdf.derive(passphrase)
