import hashlib
import urllib.request
from urllib.parse import urlencode

from django.core.files.base import ContentFile

GRAVATAR = "https://www.gravatar.com/avatar/"


def fetch_avatar(url):
    # expect: ssrf
    with urllib.request.urlopen(url, timeout=5) as resp:
        return ContentFile(resp.read(2_000_000))


def fetch_gravatar(email, size=128):
    digest = hashlib.md5(email.strip().lower().encode(), usedforsecurity=False).hexdigest()
    url = GRAVATAR + digest + "?" + urlencode({"s": int(size), "d": "identicon"})
    with urllib.request.urlopen(url, timeout=5) as resp:
        return ContentFile(resp.read(2_000_000))
