"""Checks on the RelayState / next parameters handed back after login."""
from urllib.parse import urlsplit

from flask import current_app


def _allowed_domains() -> set[str]:
    return set(current_app.conf.allowed_redirect_domains)


def is_allowed_relay_state(value: str) -> bool:
    """Only relative paths or URLs on an eduID domain are followed."""
    if not value:
        return False
    if value.startswith("//") or value.startswith("\\"):
        return False
    parts = urlsplit(value)
    if not parts.scheme and not parts.netloc:
        return value.startswith("/")
    if parts.scheme != "https":
        return False
    host = (parts.hostname or "").lower()
    for domain in _allowed_domains():
        if host == domain or host.endswith("." + domain):
            return True
    return False


def relay_state_or_default(value: str) -> str:
    if is_allowed_relay_state(value):
        return value
    return current_app.conf.saml2_login_redirect_url


def describe(value: str) -> dict:
    parts = urlsplit(value)
    return {
        "scheme": parts.scheme,
        "host": parts.hostname,
        "path": parts.path,
        "allowed": is_allowed_relay_state(value),
    }
