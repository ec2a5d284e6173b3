"""URL helpers."""
from urllib.parse import urlparse


def is_safe_url(url, host=None):
    if url is not None:
        url = url.strip()
    if not url or "\\" in url or url.startswith("///"):
        return False
    parsed = urlparse(url)
    return (not parsed.netloc or parsed.netloc == host) and (not parsed.scheme or parsed.scheme in ("http", "https"))
