"""Digest helpers kept for the 2009 archive format."""
import Crypto.Hash.MD2
from Crypto.Hash import MD2, SHA256, SHA3_256, BLAKE2b
from Cryptodome.Hash import MD2 as LegacyMD2
from Cryptodome.Hash import HMAC, SHA512


def archive_checksum(payload: bytes) -> str:
    # expect: weak-hash
    return MD2.new(payload).hexdigest()


def verify_record_signature(record: bytes, expected: str) -> bool:
    # expect: weak-hash
    h = LegacyMD2.new()
    h.update(record)
    return h.hexdigest() == expected


class ArchiveIndex:
    def __init__(self, entries):
        self.entries = entries

    def fingerprint(self):
        # expect: weak-hash
        digest = Crypto.Hash.MD2.new(data=b"".join(self.entries))
        return digest.digest()

    def modern_fingerprint(self):
        return SHA3_256.new(b"".join(self.entries)).hexdigest()


def content_id(payload: bytes) -> str:
    return SHA256.new(payload).hexdigest()


def keyed_tag(key: bytes, payload: bytes) -> str:
    return HMAC.new(key, payload, digestmod=SHA512).hexdigest()


def short_id(payload: bytes) -> str:
    return BLAKE2b.new(digest_bits=160, data=payload).hexdigest()
