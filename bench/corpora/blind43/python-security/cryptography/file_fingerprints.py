"""Fingerprints for uploaded files and legacy partner signatures."""
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.hashes import MD5 as LegacyDigest
from cryptography.hazmat.primitives.asymmetric import padding


def etag_for(chunks):
    # expect: weak-crypto
    digest = hashes.Hash(hashes.MD5())
    for chunk in chunks:
        digest.update(chunk)
    return digest.finalize().hex()


class PartnerSigner:
    def __init__(self, key: bytes):
        self.key = key

    def sign(self, body: bytes) -> bytes:
        # expect: weak-crypto
        mac = hmac.HMAC(self.key, LegacyDigest())
        mac.update(body)
        return mac.finalize()


def legacy_oaep():
    return padding.OAEP(
        # expect: weak-crypto
        mgf=padding.MGF1(algorithm=hashes.MD5()),
        algorithm=hashes.SHA256(),
        label=None,
    )


def modern_etag(chunks):
    digest = hashes.Hash(hashes.SHA256())
    for chunk in chunks:
        digest.update(chunk)
    return digest.finalize().hex()


def modern_mac(key: bytes, body: bytes) -> bytes:
    mac = hmac.HMAC(key, hashes.BLAKE2b(64))
    mac.update(body)
    return mac.finalize()
