"""Small helpers: webhook URL checks and r2 URL building."""
import ipaddress
import socket
from urllib.parse import urlparse


def validate_webhook_url(url):
    """Only https URLs whose host resolves to public addresses."""
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.hostname:
        return False
    try:
        infos = socket.getaddrinfo(parsed.hostname, parsed.port or 443)
    except socket.gaierror:
        return False
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if address.is_private or address.is_loopback or address.is_link_local or address.is_reserved:
            return False
    return True


def r2_object_url(bucket, procgen_id):
    """Download URL of a generated image in the configured bucket."""
    return f"https://{bucket}.r2.cloudflarestorage.com/{procgen_id}.webp"


def count_digits(number):
    return len(str(abs(int(number))))


def sanitize_string(value, limit=1000):
    return "".join(ch for ch in value if ch.isprintable())[:limit]
