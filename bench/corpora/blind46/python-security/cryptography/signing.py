"""Signing and fingerprint helpers for the partner integration."""
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives import hashes as h
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.hashes import SHA1 as LegacySHA1


class PartnerSigner:
    """Signs request bodies the way the partner's v1 API expects."""

    def __init__(self, private_key, shared_secret):
        self._key = private_key
        self._secret = shared_secret

    def sign_v1(self, body: bytes) -> bytes:
        return self._key.sign(
            body,
            padding.PKCS1v15(),
            # expect: weak-crypto
            hashes.SHA1(),
        )

    def sign_v2(self, body: bytes) -> bytes:
        return self._key.sign(
            body,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )

    def mac_v1(self, body: bytes) -> bytes:
        # expect: weak-crypto
        mac = hmac.HMAC(self._secret, LegacySHA1())
        mac.update(body)
        return mac.finalize()


def certificate_fingerprint(der: bytes) -> str:
    # expect: weak-crypto
    digest = hashes.Hash(hashes.MD5())
    digest.update(der)
    return digest.finalize().hex(":")


def document_digest(data: bytes) -> bytes:
    # expect: weak-crypto
    ctx = h.Hash(h.MD5())
    ctx.update(data)
    return ctx.finalize()


def strong_digest(data: bytes) -> bytes:
    ctx = hashes.Hash(hashes.SHA3_256())
    ctx.update(data)
    return ctx.finalize()
