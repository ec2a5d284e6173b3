import hashlib
import hmac

import httpx

SECRET_KEY = b"searxng-instance-secret-from-settings"
client = httpx.Client(timeout=3.0, follow_redirects=False)


def new_hmac(url):
    return hmac.new(SECRET_KEY, url.encode(), hashlib.sha256).hexdigest()


def is_hmac_of(expected, url):
    return hmac.compare_digest(new_hmac(url), expected or "")


def fetch(url, headers=None):
    return client.get(url, headers=headers or {})
