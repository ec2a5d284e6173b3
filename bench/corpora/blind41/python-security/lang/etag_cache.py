"""ETags, cache keys and upload fingerprints."""
import hashlib
from hashlib import md5 as _md5

import hashlib as hl


def etag_for(body: bytes) -> str:
    # expect: weak-hash
    return '"%s"' % hashlib.md5(body).hexdigest()


def password_fingerprint(password, salt):
    # expect: weak-hash
    digest = hl.md5()
    digest.update(salt.encode())
    digest.update(password.encode())
    return digest.hexdigest()


class UploadIndex:
    def __init__(self):
        self.seen = {}

    def fingerprint(self, chunks):
        # expect: weak-hash
        h = _md5()
        for chunk in chunks:
            h.update(chunk)
        return h.hexdigest()


def manifest(files):
    # expect: weak-hash
    return {name: hashlib.md5(data).hexdigest() for name, data in files.items()}


def content_id(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def cache_key(url: str) -> str:
    return hashlib.blake2b(url.encode(), digest_size=16).hexdigest()
