import re
from urllib.parse import urlparse

_REF_RE = re.compile(r"^[0-9A-Za-z._/-]{1,200}$")


def safe_str(value):
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def is_valid_ref(ref):
    return bool(_REF_RE.match(ref)) and not ref.startswith("-")


def is_local_url(url):
    parsed = urlparse(url)
    return not parsed.scheme and not parsed.netloc and url.startswith("/") and not url.startswith("//")
