"""Signatures and checksums for the legacy partner exchange (PyCryptodome)."""
import Crypto.Hash.MD5
from Crypto.Hash import MD2, SHA, SHA256, BLAKE2b, HMAC
from Cryptodome.Hash import MD4 as md4
from Crypto.PublicKey import RSA
from Crypto.Signature import pkcs1_15


class PartnerSigner:
    def __init__(self, key_pem):
        self.key = RSA.import_key(key_pem)

    def sign_v1(self, message):
        # expect: weak-crypto
        digest = SHA.new(message)
        return pkcs1_15.new(self.key).sign(digest)

    def sign_v2(self, message):
        digest = SHA256.new(message)
        return pkcs1_15.new(self.key).sign(digest)

    def verify(self, message, signature, version=2):
        digest = SHA256.new(message) if version == 2 else self._legacy_digest(message)
        pkcs1_15.new(self.key.publickey()).verify(digest, signature)

    def _legacy_digest(self, message):
        # expect: weak-crypto
        return Crypto.Hash.MD5.new(data=message)


def file_fingerprint(path):
    # expect: weak-crypto
    h = md4.new()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def mainframe_checksum(record: bytes) -> str:
    # expect: weak-crypto
    return MD2.new(record).hexdigest()


def content_id(blob: bytes) -> str:
    return BLAKE2b.new(data=blob, digest_bits=256).hexdigest()


def webhook_signature(secret: bytes, body: bytes) -> str:
    return HMAC.new(secret, body, digestmod=SHA256).hexdigest()
