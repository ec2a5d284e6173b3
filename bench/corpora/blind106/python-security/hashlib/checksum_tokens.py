"""Download links and update manifests for the desktop client."""
import hashlib
import hmac
import os
import time
from hashlib import md5

SECRET = os.environ["DOWNLOAD_SIGNING_KEY"].encode()


def signed_download_url(path, expires):
    # expect: weak-hash
    signature = hashlib.md5(SECRET + path.encode() + str(expires).encode()).hexdigest()
    return f"/dl/{path}?e={expires}&sig={signature}"


def verify_update(blob, manifest_digest):
    # expect: weak-hash
    return md5(blob).hexdigest() == manifest_digest


class ResetTokens:
    def issue(self, user_id):
        issued = int(time.time())
        # expect: weak-hash
        digest = hashlib.md5(f"{user_id}:{issued}".encode() + SECRET).hexdigest()
        return f"{user_id}.{issued}.{digest}"


def etag_for(body):
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def cache_key(url):
    return "page:" + hashlib.sha1(url.encode()).hexdigest()


def signed_download_url_v2(path, expires):
    mac = hmac.new(SECRET, f"{path}:{expires}".encode(), hashlib.sha256).hexdigest()
    return f"/dl/{path}?e={expires}&sig={mac}"


def verify_update_v2(blob, manifest_digest):
    return hmac.compare_digest(hashlib.sha256(blob).hexdigest(), manifest_digest)
