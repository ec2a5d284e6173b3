"""Secrets found by their own markers rather than a name: private key blocks (PEM, PuTTY)
and credentials in URLs (``scheme://user:password@host``)."""

from __future__ import annotations

import re
from urllib.parse import unquote

from postil.analyzers.rules.secret_candidate import Candidate
from postil.analyzers.rules.secret_literals import Found
from postil.analyzers.rules.secret_measures import char_classes, entropy
from postil.analyzers.rules.secret_placeholders import (
    IDENT_RE,
    looks_placeholder,
    word_like,
    wordy_phrase,
)

_PRIVATE_KEY_HEAD_RE = re.compile(
    r"-----BEGIN(?:[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?| OpenVPN Static key V1)-----"
)
_PRIVATE_KEY_TAIL_RE = re.compile(
    r"-----END(?:[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?| OpenVPN Static key V1)-----"
)
_PEM_HEADER_LINE_RE = re.compile(
    r"(?:Proc-Type|DEK-Info|Comment|Version|Hash|Charset):[^\n\\]*"
)
_PEM_NOISE_RE = re.compile(r"\\[nr]|[\s\"'+,`;]|\\$")
_B64_CHARS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
)


def scan_private_keys(text: str, found: Found, out: list[Candidate]) -> None:
    _scan_putty_keys(text, found, out)
    nxt = 0
    for pos in found.cased["-----BEGIN"]:
        if pos < nxt:
            continue
        head = _PRIVATE_KEY_HEAD_RE.match(text, pos, pos + 80)
        nxt = pos + 10
        if head:
            tail = _PRIVATE_KEY_TAIL_RE.search(
                text, head.end(), min(len(text), head.end() + 20000)
            )
            if tail:
                body = _PEM_NOISE_RE.sub(
                    "", _PEM_HEADER_LINE_RE.sub("", text[head.end() : tail.start()])
                )
                good = sum(1 for ch in body if ch in _B64_CHARS)
                if len(body) >= 64 and good >= 0.95 * len(body) and "..." not in body:
                    rule = "secrets/private-key"
                    before = text[max(0, pos - 40) : pos]
                    if '"private_key"' in before and "service_account" in text:
                        rule = "secrets/gcp-service-account-key"
                    out.append(Candidate(pos, tail.end(), rule, 3, 0))
                    nxt = tail.end()


_PUTTY_RE = re.compile(r"PuTTY-User-Key-File-\d: [^\n]{1,80}\n(?:[^\n]{0,200}\n){0,40}?Private-Lines: (?P<n>\d{1,3})\n")


def _scan_putty_keys(text: str, found: Found, out: list[Candidate]) -> None:
    """PuTTY .ppk files: from the header to the end of the private lines."""
    nxt = 0
    for pos in found.cased["PuTTY-User-Key-File-"]:
        if pos < nxt:
            continue
        m = _PUTTY_RE.match(text, pos)
        nxt = pos + 20
        if m:
            end = m.end()
            for _ in range(int(m.group("n"))):
                stop = text.find("\n", end)
                end = len(text) if stop == -1 else stop + 1
            body = text[m.end() : end].strip()
            if len(body) >= 40 and entropy(body) >= 4.0:
                out.append(Candidate(pos, end, "secrets/private-key", 3, 0))
                nxt = end


# scheme://user:password@host — anchored at "://"
_URL_CRED_RE = re.compile(
    r"://(?P<user>[^\s:/@?#'\"`<>{}\[\]\\]{0,128}):(?P<pw>[^\s/@?'\"`<>\\,:]{1,256})@"
    r"(?P<host>[A-Za-z0-9._\[\]-]{1,253})"
)
_URL_SCHEME_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,30}\Z")
_EXAMPLE_HOST_RE = re.compile(
    r"(?:^|\.)(?:example\.(?:com|org|net|edu)|example|test|invalid|localhost\.localdomain|"
    r"host|hostname|server|domain|your-?host|myhost|dbhost)$"
)
_URL_PLACEHOLDER_PW = frozenset(
    [
        "pass",
        "password",
        "passwd",
        "pwd",
        "secret",
        "pw",
        "p",
        "x",
        "xx",
        "user",
        "username",
    ]
)


def scan_url_credentials(text: str, found: Found, out: list[Candidate]) -> None:
    for pos in found.cased["://"]:  # "://" cannot overlap itself
        m = _URL_CRED_RE.match(text, pos, pos + 700)
        if m and _URL_SCHEME_RE.search(text, max(0, pos - 31), pos):
            user, pw, host = m.group("user"), m.group("pw"), m.group("host").lower()
            if url_password_is_real(user, pw, host):
                out.append(Candidate(m.start("pw"), m.end("pw"), "secrets/url-credentials", 2, 0))


_URL_PLACEHOLDER_USERS = frozenset(
    [
        "username",
        "user",
        "user_name",
        "usr",
        "uname",
        "login",
        "name",
        "someuser",
        "your_user",
        "youruser",
        "myuser",
        "my_user",
    ]
)


def _built_password(pw: str) -> bool:
    """Upper, lower, digit and symbol, 10+ characters, not made of words: what password
    generators and policies produce, and not what documentation writers type."""
    return (
        len(pw) >= 10
        and char_classes(pw) == 4
        and entropy(pw) >= 3.0
        and not word_like(pw)
    )


def url_password_is_real(user: str, pw: str, host: str) -> bool:
    if _EXAMPLE_HOST_RE.search(host.rstrip(".")) and not _built_password(unquote(pw)):
        # documentation hosts carry documentation passwords, but a generated-looking
        # one was most likely pasted from a real config with only the host swapped
        return False
    if pw[0] in "$%{<*:[(" or pw.lower() in _URL_PLACEHOLDER_PW or pw == user:
        return False
    if any(
        m in part.lower()
        for part in (user, pw, host)
        for m in ("some_", "some-", "your", "my_")
    ):
        return False
    if user.lower() in _URL_PLACEHOLDER_USERS and "." not in host:
        return False
    plain = unquote(pw)
    if len(plain) < 8 and plain.isalpha():
        return False
    if plain.lower().startswith("pass") or wordy_phrase(plain):
        return False
    if len(pw) < 3 or len(set(pw)) == 1 or looks_placeholder(plain):
        return False
    return not (IDENT_RE.fullmatch(pw) and pw.isupper())  # user:PASSWORD@ style
