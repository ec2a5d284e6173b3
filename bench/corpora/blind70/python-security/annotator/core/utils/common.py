"""Helpers shared by the API views."""
import ipaddress
import logging
import socket
from urllib.parse import urlparse

from rest_framework.exceptions import ValidationError

logger = logging.getLogger(__name__)


def int_from_request(params, key, default):
    """Read an integer from query params; a bad value is a 400."""
    value = params.get(key, default)
    if isinstance(value, int):
        return value
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ValidationError({key: f"Incorrect value {value!r}"})


def bool_from_request(params, key, default):
    value = params.get(key, default)
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


def check_url_is_public(url):
    """Raise unless the URL is http(s) and every address of its host is public."""
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError("URL must be http or https")
    for info in socket.getaddrinfo(parts.hostname, parts.port or 443):
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise ValidationError("URL points to a private network")
    return url
