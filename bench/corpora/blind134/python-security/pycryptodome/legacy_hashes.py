"""Verifies signatures on files from the 1990s archive partner."""
import hmac

from Crypto.Hash import MD2, SHA256
from Cryptodome.Hash import MD2 as MD2x
from Crypto.Hash import BLAKE2b


def archive_digest(data):
    # expect: weak-hash
    return MD2.new(data).hexdigest()


def verify_manifest(manifest_bytes, expected_hex):
    # expect: weak-hash
    digest = MD2x.new(manifest_bytes).hexdigest()
    return hmac.compare_digest(digest, expected_hex)


def sign_record(record, key):
    # expect: weak-hash
    h = MD2.new()
    h.update(key + record)
    return h.digest()


def modern_digest(data):
    return SHA256.new(data).hexdigest()


def fingerprint(data):
    return BLAKE2b.new(digest_bits=256, data=data).hexdigest()
