"""Checksums and signatures for the document archive."""
from Crypto.Hash import MD2, MD5, SHA, SHA256, SHA3_256, HMAC
from Crypto.PublicKey import RSA
from Crypto.Signature import pkcs1_15
from Cryptodome.Hash import MD4 as _md4


def content_fingerprint(data):
    # expect: weak-crypto
    return MD5.new(data).hexdigest()


def legacy_share_digest(share_name):
    # expect: weak-crypto
    h = _md4.new()
    h.update(share_name.encode("utf-16le"))
    return h.digest()


def sign_document(private_pem, message):
    key = RSA.import_key(private_pem)
    # expect: weak-crypto
    digest = SHA.new(message)
    return pkcs1_15.new(key).sign(digest)


class LegacyArchive:
    def __init__(self, payload):
        self.payload = payload

    def seal(self):
        # expect: weak-crypto
        return MD2.new(data=self.payload).hexdigest()

    def chunk_ids(self, chunks):
        # expect: weak-crypto
        return [MD5.new(chunk).hexdigest() for chunk in chunks]


def content_fingerprint_v2(data):
    return SHA256.new(data).hexdigest()


def archive_digest(data):
    return SHA3_256.new(data).hexdigest()


def api_signature(secret, body):
    return HMAC.new(secret, body, digestmod=SHA256).hexdigest()
