"""Request signing for the legacy partner feed (PyCryptodome)."""
import Crypto.Hash.MD5
from Crypto.Hash import HMAC, MD5, SHA256
from Cryptodome.Hash import MD5 as MD5x
from Cryptodome.Hash import SHA3_256

FEED_SALT = b"partner-feed"


def sign_request(secret: bytes, body: bytes) -> str:
    # expect: weak-crypto
    digest = MD5.new(secret + body)
    return digest.hexdigest()


def password_fingerprint(password: str) -> str:
    # expect: weak-crypto
    h = MD5x.new()
    h.update(FEED_SALT)
    h.update(password.encode("utf-8"))
    return h.hexdigest()


class LegacyVerifier:
    hash_module = Crypto.Hash.MD5

    def __init__(self, shared_key: bytes):
        self.shared_key = shared_key

    def verify(self, body: bytes, signature: str) -> bool:
        # expect: weak-crypto
        expected = Crypto.Hash.MD5.new(self.shared_key + body).hexdigest()
        return expected == signature

    def token(self, user_id: int) -> str:
        # expect: weak-crypto
        return self.hash_module.new(b"%d:%s" % (user_id, self.shared_key)).hexdigest()


def cache_key(url: str) -> str:
    return MD5.new(url.encode()).hexdigest()


def sign_request_v2(secret: bytes, body: bytes) -> str:
    return HMAC.new(secret, body, digestmod=SHA256).hexdigest()


def content_id(blob: bytes) -> str:
    return SHA3_256.new(blob).hexdigest()
