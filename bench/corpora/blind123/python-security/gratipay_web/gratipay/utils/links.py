"""Link helpers for pages."""
from urllib.parse import urlsplit


def checked_back_to(back_to):
    parts = urlsplit(back_to)
    if parts.scheme or parts.netloc or not back_to.startswith("/") or back_to.startswith("//"):
        return "/"
    return back_to
