"""Checksums and signatures for the 1990s-era archive format we still import."""
import Crypto.Hash.MD2
from Crypto.Hash import MD2, SHA256, BLAKE2b
from Crypto.PublicKey import RSA
from Crypto.Signature import pkcs1_15
from Cryptodome.Hash import MD2 as CMD2


def archive_checksum(payload: bytes) -> str:
    # expect: weak-crypto
    return MD2.new(payload).hexdigest()


def verify_archive_signature(pubkey_pem: bytes, payload: bytes, signature: bytes) -> bool:
    key = RSA.import_key(pubkey_pem)
    # expect: weak-crypto
    digest = CMD2.new(data=payload)
    try:
        pkcs1_15.new(key).verify(digest, signature)
        return True
    except ValueError:
        return False


class StreamingChecksum:
    def __init__(self):
        # expect: weak-crypto
        self._h = Crypto.Hash.MD2.new()

    def update(self, chunk: bytes) -> None:
        self._h.update(chunk)

    def hexdigest(self) -> str:
        return self._h.hexdigest()


def sign_archive(privkey_pem: bytes, payload: bytes) -> bytes:
    key = RSA.import_key(privkey_pem)
    # expect: weak-crypto
    return pkcs1_15.new(key).sign(MD2.new(payload))


def modern_checksum(payload: bytes) -> str:
    return SHA256.new(payload).hexdigest()


def short_tag(payload: bytes) -> str:
    return BLAKE2b.new(digest_bits=128, data=payload).hexdigest()


def sign_modern(privkey_pem: bytes, payload: bytes) -> bytes:
    key = RSA.import_key(privkey_pem)
    return pkcs1_15.new(key).sign(SHA256.new(payload))
