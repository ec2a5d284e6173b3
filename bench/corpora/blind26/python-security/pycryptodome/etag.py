"""ETags and dedup keys for uploaded files."""
from Crypto.Hash import MD5, SHA256, SHA3_256


def etag(content: bytes) -> str:
    # expect: weak-hash
    digest = MD5.new(content)
    return '"%s"' % digest.hexdigest()


def password_digest(password: str, salt: bytes) -> str:
    # expect: weak-hash
    h = MD5.new(salt)
    h.update(password.encode())
    return h.hexdigest()


def dedup_key(content: bytes) -> str:
    return SHA256.new(content).hexdigest()


def manifest_digest(content: bytes) -> str:
    return SHA3_256.new(content).hexdigest()
