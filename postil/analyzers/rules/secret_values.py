"""The judgement on a value assigned to a secret-looking name: is it a literal someone chose
as a password or key, or an example, expression, reference, label or placeholder?"""

from __future__ import annotations

import base64
import binascii
import re

from postil.analyzers.rules.secret_measures import char_classes, entropy
from postil.analyzers.rules.secret_placeholders import (
    DOTTED_IDENT_RE,
    HASH_PREFIXES,
    IDENT_RE,
    NON_ALNUM_RE,
    PATH_EXTENSIONS,
    REFERENCE_SCHEMES,
    SPACE_RE,
    UUID_ZERO_RE,
    looks_placeholder,
    word_like,
    wordy_phrase,
)

# Published example values (RFC 6749/6750 OAuth examples) that libraries copy into their docs.
_KNOWN_EXAMPLES = frozenset(
    {
        "2YotnFZFEjr1zCsicMWpAA",
        "tGzv3JOkF0XG5Qx2TlKWIA",
        "SplxlOBeZQQYbYS6WxSbIA",
        "mF_9.B5f-4.1JqM",
        "8xLOxBtZp8",
        "h480djs93hd8",
        "kkk9d7dh3k39sjv7",
        "s6BhdRkqt3",
        "7Fjfp0ZBr1KtDRbnfVdmIw",
    }
)
_LOWER_DIGITS_RE = re.compile(r"[a-z0-9]+")
_HEX_RE = re.compile(r"[0-9a-f]+|[0-9A-F]+")
_HOME_ROW = frozenset("asdfghjkl")


def _keyboard_mash(value: str) -> bool:
    """``sdf0o9823sjdfsdf``-style strings typed for docs and tests (home-row heavy, one
    case). Hex digests are not judged: a-f are half home row."""
    if char_classes(value) > 2 or _HEX_RE.fullmatch(value):
        return False
    letters = [c for c in value.lower() if c.isalpha()]
    return len(letters) >= 6 and sum(c in _HOME_ROW for c in letters) >= 0.6 * len(
        letters
    )


def _random_identifier(value: str) -> bool:
    """``h7Jd_93kLpq0Wz``: lower, upper and digits in short runs -- generated, not a name."""
    return (
        len(value) >= 10
        and any(c.islower() for c in value)
        and any(c.isupper() for c in value)
        and sum(c.isdigit() for c in value) >= 2
        and not word_like(value)
        and entropy(value) >= 3.0
    )


def _attribute_path(value: str) -> bool:
    """``settings.SECRET_KEY``: names joined by dots, none of them a long generated run
    (``CwY27F7kh79Pz6.atlasv1.J6lOB5GeWA...`` is a Terraform Cloud token)."""
    return DOTTED_IDENT_RE.fullmatch(value) is not None and not any(
        len(part) >= 24 and _random_identifier(part) for part in value.split("."))


# client-side keys their providers document as public: PostHog project keys, Stripe and
# Mapbox publishable keys
_PUBLIC_PREFIXES = ("phc_", "pk_live_", "pk_test_", "pk.eyJ")
_HEX_KEY_RE = re.compile(r"0x[0-9a-fA-F]{64}")


def _hex_private_key(value: str, key_words: tuple[str, ...]) -> bool:
    """``PRIVATE_KEY=0x<64 hex>``: an Ethereum-style private key, not a hash or an address."""
    return "private" in key_words and _HEX_KEY_RE.fullmatch(value) is not None


def value_ok(kind: str, value: str, key_words: tuple[str, ...], quoted: bool) -> bool:
    if value in _KNOWN_EXAMPLES:
        return False
    if "{" in value and "}" in value:
        return False  # f-string / format template
    if (
        "(" in value
        and ")" in value[value.index("(") :]
        or "[" in value
        and "]" in value[value.index("[") :]
    ):
        return False  # get_token(), request.headers['x']: an expression in a string
    low = value.lower()
    if low.startswith(HASH_PREFIXES) or low.startswith(REFERENCE_SCHEMES):
        return False
    if value[0] in "$%@&*!{<[(~/\\." or value.startswith("0x") and not _hex_private_key(value, key_words):
        return False
    if value.startswith(_PUBLIC_PREFIXES):
        return False
    if (
        low.endswith(PATH_EXTENSIONS)
        or value.count("/") >= 2
        and "=" not in value
        and char_classes(value) <= 2
    ):
        return False
    if SPACE_RE.search(value):
        return False
    if value.isdigit():
        return False
    if not quoted:
        if "(" in value or "[" in value or _attribute_path(value):
            return False
        if (
            IDENT_RE.fullmatch(value)
            and ("_" in value or not any(c.isdigit() for c in value))
            and not _random_identifier(value)
        ):
            return False  # a variable name, unless it reads like a generated value
    norm_value = NON_ALNUM_RE.sub("", low)
    if norm_value == "".join(key_words) or norm_value in key_words:
        return False  # "password": "Password" -- a label
    if any(len(w) >= 4 and w in norm_value for w in key_words[-2:]) and not _built_secret(value, key_words):
        return False  # "refresh_token": "oauth_refresh_token" -- a name, not a value
    if looks_placeholder(value):
        return False
    if UUID_ZERO_RE.search(value):
        return False
    if wordy_phrase(value) or _keyboard_mash(value) or _decodes_to_placeholder(value):
        return False
    if kind == "password":
        # people pick words plus digits ("Summer2024!"): only pure words are labels
        if len(value) < 6 or (value.isalpha() and word_like(value)):
            return False
        return char_classes(value) >= 2 and entropy(value) >= 2.0
    if word_like(value) or len(value) < 16:
        return _built_secret(value, key_words)
    if (
        _LOWER_DIGITS_RE.fullmatch(value)
        and not _HEX_RE.fullmatch(value)
        and len(value) < 20
    ):
        return False
    if (
        _attribute_path(value)
        or re.fullmatch(r"[A-Za-z]+(?:[_-][A-Za-z0-9]+)+", value)
        and entropy(value) < 3.5
    ):
        return False
    return entropy(value) >= 3.0 and char_classes(value) >= 2


def _built_secret(value: str, key_words: tuple[str, ...]) -> bool:
    """``DB_SECRET = "mySecretValue9"``: a name ending in ``secret`` given words in mixed case
    with a digit, as long as people build passwords (not a generated key, nor a type name
    such as ``V1ServiceAccountTokenProjection``)."""
    return key_words[-1] == "secret" and 8 <= len(value) <= 20 and entropy(value) >= 2.5 \
        and all(any(test(c) for c in value) for test in (str.islower, str.isupper, str.isdigit))


def plausible_password(value: str) -> bool:
    """A literal someone could have chosen as a password, as the assignment parser judges
    one: not a placeholder, template, expression, reference or label."""
    return bool(value) and value_ok("password", value, ("password",), True)


_B64_VALUE_RE = re.compile(r"[A-Za-z0-9+/]{8,}={0,2}")


def _decodes_to_placeholder(value: str) -> bool:
    """Base64 of a placeholder (Kubernetes Secret manifests: ``cGFzc3dvcmQ=``)."""
    if len(value) % 4 or not _B64_VALUE_RE.fullmatch(value):
        return False
    try:
        decoded = base64.b64decode(value, validate=True).decode("ascii")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    return decoded.isprintable() and looks_placeholder(decoded)
