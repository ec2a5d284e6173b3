"""The named validators a secret rule lists (``validators = ["jwt"]``) and the checks built
from its ``entropy``, ``allowlist`` and ``stopwords``: each says whether a matched value is kept."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable
from urllib.parse import unquote

from postil.analyzers.rules.secret_measures import char_classes, entropy
from postil.analyzers.rules.secret_values import plausible_password

Check = Callable[[str, str, int], bool]  # (value, text, value start) -> keep?


def not_placeholder(tail: int) -> Check:
    def check(value: str, text: str, start: int) -> bool:
        rest = value[tail:]
        low = rest.lower()
        if "xxxx" in low or "example" in low or "0000000000" in rest or "your" in low:
            return False
        return len(set(rest)) >= 6

    return check


def random_tail(tail: int, min_entropy: float = 3.0) -> Check:
    placeholder_free = not_placeholder(tail)

    def check(value: str, text: str, start: int) -> bool:
        rest = value[tail:]
        return placeholder_free(value, text, start) and entropy(rest) >= min_entropy and char_classes(rest) >= 2

    return check


def _mailgun_context(tail: int) -> Check:
    def check(value: str, text: str, start: int) -> bool:
        window = text[max(0, start - 300) : start].lower()
        return "mailgun" in window or "mg_" in window or "mg." in window

    return check


def _slack_webhook(tail: int) -> Check:
    def check(value: str, text: str, start: int) -> bool:
        return not_placeholder(0)(value.split("/")[-1], text, start) and "T00000000" not in value

    return check


def b64json(segment: str) -> object:
    padded = segment + "=" * (-len(segment) % 4)
    try:
        return json.loads(base64.urlsafe_b64decode(padded))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


def _jwt(tail: int) -> Check:
    def check(value: str, text: str, start: int) -> bool:
        head, body, _sig = value.split(".", 2)
        header = b64json(head)
        if not isinstance(header, dict) or "alg" not in header or str(header.get("alg")).lower() == "none":
            return False
        payload = b64json(body)
        return isinstance(payload, dict) and payload.get("sub") != "1234567890"  # the jwt.io sample

    return check


_TELEGRAM_ID_RE = re.compile(r"(?<![0-9])[0-9]{8,10}:\Z")


def _telegram_bot_id(tail: int) -> Check:
    def check(value: str, text: str, start: int) -> bool:
        return _TELEGRAM_ID_RE.search(text[max(0, start - 12) : start]) is not None

    return check


def _mixed_case(tail: int) -> Check:
    def check(value: str, text: str, start: int) -> bool:
        rest = value[tail:]
        return any(c.isupper() for c in rest) and any(c.islower() for c in rest)

    return check


_SAS_SIG_RE = re.compile(r"[A-Za-z0-9+/]{43}=")
_SAS_VERSION_RE = re.compile(r"(?:^|[?&;\s\"'])sv=\d{4}-\d\d-\d\d&")


def _azure_sas(tail: int) -> Check:
    """``sig=`` is an HMAC-SHA256 in base64 (44 characters, URL-encoded) and the query
    carries a signed version ``sv=YYYY-MM-DD`` earlier on the same line."""

    def check(value: str, text: str, start: int) -> bool:
        if not _SAS_SIG_RE.fullmatch(unquote(value)):
            return False
        line_start = text.rfind("\n", max(0, start - 2000), start) + 1
        return (_SAS_VERSION_RE.search(text, max(line_start, start - 2000), start) is not None
                and not_placeholder(0)(value, text, start))

    return check


_FIREBASE_CLIENT_RE = re.compile(r"firebaseapp\.com|authDomain|auth_domain|messagingSenderId|current_key")


def _not_firebase_client_config(tail: int) -> Check:
    """A Firebase client config (``apiKey`` beside ``authDomain``, ``google-services.json``'s
    ``current_key``) ships in every app build: Firebase documents that key as public."""

    def check(value: str, text: str, start: int) -> bool:
        return _FIREBASE_CLIENT_RE.search(text, max(0, start - 400), start + len(value) + 400) is None

    return check


_SID_NAME_RE = re.compile(r"(?i)sid[\"'`]?\]?[ \t]*(?::=|=>|[:=])[ \t]*[\"'`]?\Z")


def _twilio_not_named_sid(tail: int) -> Check:
    # A key SID is the user name half of the pair; when the code names it a SID
    # (``TWILIO_API_KEY_SID = "SK..."``) it is an identifier.
    def check(value: str, text: str, start: int) -> bool:
        return not _SID_NAME_RE.search(text, max(0, start - 12), start)

    return check


_PRIVATE_KEY_HEAD_RE = re.compile(r"-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----")


def _base64_private_key(tail: int) -> Check:
    """Base64 that decodes to a private key block (kubeconfig ``client-key-data``)."""

    def check(value: str, text: str, start: int) -> bool:
        head = value[: 120 - len(value[:120]) % 4]
        try:
            decoded = base64.b64decode(head, validate=True).decode("ascii", "replace")
        except (binascii.Error, ValueError):
            return False
        return _PRIVATE_KEY_HEAD_RE.match(decoded) is not None and len(value) >= 200

    return check


_DJANGO_SPECIALS = frozenset("!@#$%^&*(=+)")


def _django_key_shape(tail: int) -> Check:
    """50 characters of Django's ``get_random_secret_key`` alphabet (compose files write
    ``$`` as ``$$``), with its punctuation, digits and letters mixed."""

    def check(value: str, text: str, start: int) -> bool:
        key = value if len(value) == 50 else value.replace("$$", "$")
        return (len(key) == 50 and sum(c in _DJANGO_SPECIALS for c in key) >= 2
                and sum(c.isdigit() for c in key) >= 3 and sum(c.isalpha() for c in key) >= 15
                and entropy(key) >= 4.0)

    return check


def _password_value(tail: int) -> Check:
    """A literal someone could have chosen as a password (the assignment parser's judgement)."""

    def check(value: str, text: str, start: int) -> bool:
        return plausible_password(value[tail:])

    return check


VALIDATORS: dict[str, Callable[[int], Check]] = {
    "password-value": _password_value,
    "django-key-shape": _django_key_shape,
    "not-placeholder": not_placeholder,
    "not-firebase-client-config": _not_firebase_client_config,
    "jwt": _jwt,
    "slack-webhook": _slack_webhook,
    "azure-sas": _azure_sas,
    "mailgun-context": _mailgun_context,
    "telegram-bot-id": _telegram_bot_id,
    "mixed-case": _mixed_case,
    "twilio-not-named-sid": _twilio_not_named_sid,
    "base64-private-key": _base64_private_key,
}


def allowlist(regexes: tuple[re.Pattern[str], ...], stopwords: tuple[str, ...]) -> Check:
    def check(value: str, text: str, start: int) -> bool:
        low = value.lower()
        return not any(r.search(value) for r in regexes) and not any(w in low for w in stopwords)

    return check


def min_entropy(limit: float) -> Check:
    def check(value: str, text: str, start: int) -> bool:
        return entropy(value) >= limit

    return check
