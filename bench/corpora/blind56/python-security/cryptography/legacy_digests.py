"""Digests for the legacy document exchange (cryptography)."""
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.hashes import MD5 as _MD5


class DocumentSigner:
    # expect: weak-crypto
    ALGORITHM = hashes.MD5()

    def __init__(self, private_key):
        self.private_key = private_key

    def sign(self, document: bytes) -> bytes:
        return self.private_key.sign(document, padding.PKCS1v15(), self.ALGORITHM)

    def sign_v2(self, document: bytes) -> bytes:
        return self.private_key.sign(document, padding.PKCS1v15(), hashes.SHA256())


def fingerprint(blob: bytes) -> str:
    # expect: weak-crypto
    digest = hashes.Hash(hashes.MD5())
    digest.update(blob)
    return digest.finalize().hex()


def legacy_mac(key: bytes, payload: bytes) -> bytes:
    mac = hmac.HMAC(
        key,
        # expect: weak-crypto
        _MD5(),
    )
    mac.update(payload)
    return mac.finalize()


def strong_fingerprint(blob: bytes) -> str:
    digest = hashes.Hash(hashes.SHA3_256())
    digest.update(blob)
    return digest.finalize().hex()


def reject_weak(algorithm):
    if isinstance(algorithm, (hashes.MD5, hashes.SHA1)):
        raise ValueError("algorithm not allowed: %s" % algorithm.name)
    return algorithm
