"""A documentation address an editor may open: a plain ``https://`` address, or nothing.

:func:`https_url` is how a rule's ``url`` and every link in Markdown postil sends an editor are
judged; ``command:``, ``file:``, ``vscode:``, ``javascript:`` and any address a renderer could
read as more than an address are refused.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

MAX_URL_CHARS = 2_000
# What an address may hold, unencoded: RFC 3986's characters without brackets (an IPv6 host)
# or anything an editor, a Markdown renderer or a terminal reads as more than an address.
_URL_TEXT = re.compile(r"[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]+")
_HOST_NAME = re.compile(r"(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*")


def https_url(url: object) -> str | None:
    """``url`` as a link an editor may open: an ``https://`` address with a host name, no user
    part, no spaces, controls, quotes, backslashes or brackets (normalised: scheme and host in
    lower case). Anything else — ``command:``, ``file:``, ``vscode:``, ``javascript:``, ``data:``,
    ``//host``, ``https:host``, ``https://user@host`` — is None."""
    if not isinstance(url, str) or len(url) > MAX_URL_CHARS or not _URL_TEXT.fullmatch(url):
        return None
    if not url[:8].lower() == "https://":
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    host = parts.hostname or ""
    netloc = parts.netloc.lower()
    if not _HOST_NAME.fullmatch(host) or netloc not in (host, f"{host}:{port}"):
        return None
    return urlunsplit(("https", netloc, parts.path, parts.query, parts.fragment))
