"""Values that are not secrets by their shape: placeholders, templates, demo passwords,
sequences, hash and reference prefixes, paths and dictionary-looking words."""

from __future__ import annotations

import re

from postil.analyzers.rules.secret_measures import char_classes

_LEET = str.maketrans(
    {
        "0": "o",
        "@": "a",
        "4": "a",
        "5": "s",
        "$": "s",
        "3": "e",
        "1": "i",
        "!": "i",
        "7": "t",
    }
)
NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")
SPACE_RE = re.compile(r"\s")  # the characters str.isspace() accepts

# Substrings (of the lower-cased value) that mark a placeholder, template or fixture.
_PLACEHOLDER_MARKERS = (
    "${",
    "{{",
    "}}",
    "{%",
    "%(",
    "%s",
    "%d",
    "$(",
    "<",
    ">",
    "xxx",
    "***",
    "...",
    "\u2026",
    "###",
    "your",
    "example",
    "changeme",
    "change_me",
    "change-me",
    "changeit",
    "replace",
    "dummy",
    "fake",
    "sample",
    "placeholder",
    "redacted",
    "todo",
    "fixme",
    "insert",
    "enter_",
    "_here",
    "-here",
    "test",
    "mock",
    "foobar",
    "notreal",
    "not_real",
    "not-real",
    "not_a_",
    "not-a-",
    "invalid",
    "default",
    "lorem",
    "ipsum",
    "qwerty",
    "letmein",
    # a documentation token that ends in a keyboard run ("AQXNnd2hIT6z9bHFzZz2Kp1ghiMz_RtyuvwXYZ123abc" in
    # Parse Server's auth adapters' doc comments): a random value holds such a run about once in 10^8
    "xyz123",
    "123abc",
    "\u00abredacted",
    "tiger",
)
# Whole values (normalised: lower case, leet undone, punctuation dropped) that are placeholders.
_PLACEHOLDER_VALUES = frozenset(
    [
        "none",
        "null",
        "nil",
        "undefined",
        "true",
        "false",
        "yes",
        "no",
        "empty",
        "blank",
        "required",
        "optional",
        "str",
        "string",
        "bytes",
        "int",
        "bool",
        "secretstr",
        "text",
        "unknown",
        "pass",
        "pwd",
        "passwd",
        "password",
        "secret",
        "token",
        "apikey",
        "key",
        "value",
        "hidden",
        "masked",
        "tiger",
        "scott",
        "hunter2",
        "hunteri",
        "letmein",
        "admin",
        "administrator",
        "root",
        "guest",
        "user",
        "username",
        "postgres",
        "mysql",
        "sa",
        "oracle",
        "system",
        "manager",
        "abc123",
        "abci23",
        "123456",
        "1234567",
        "12345678",
        "123456789",
        "1234567890",
        "foo",
        "bar",
        "baz",
        "qux",
        "foobar",
        "changeme",
        "changeit",
        "welcome",
        "welcomei",
        "monkey",
        "dragon",
        "master",
        "sesame",
        "opensesame",
        "s3cret",
        "pa55word",
        "p4ssword",
    ]
)

HASH_PREFIXES = (
    "$2a$",
    "$2b$",
    "$2y$",
    "$2x$",
    "$argon2",
    "$1$",
    "$5$",
    "$6$",
    "$apr1$",
    "$pbkdf2",
    "$scrypt",
    "{ssha}",
    "{sha}",
    "{ssha256}",
    "{ssha512}",
    "{bcrypt}",
    "{md5}",
    "{crypt}",
    "pbkdf2_",
    "pbkdf2:",
    "sha1$",
    "sha256$",
    "md5$",
    "bcrypt$",
    "argon2$",
    "scrypt:",
    "enc[",
    "enc(",
    "$ansible_vault",
    "vault:v",
    "sha256:",
    "sha512:",
    "sha1:",
    "md5:",
)
REFERENCE_SCHEMES = (
    "op://",
    "vault:",
    "arn:",
    "env:",
    "file:",
    "secret:",
    "secrets:",
    "sm://",
    "gsm://",
    "ssm:",
    "awssm:",
    "azurekv:",
    "keyvault:",
    "ref+",
    "k8s:",
    "secretref:",
    "http://",
    "https://",
    "projects/",
    "@microsoft.keyvault",
)
PATH_EXTENSIONS = (
    ".pem",
    ".key",
    ".json",
    ".txt",
    ".crt",
    ".cer",
    ".p12",
    ".pfx",
    ".env",
    ".yaml",
    ".yml",
    ".cfg",
    ".ini",
    ".gpg",
    ".asc",
    ".jks",
    ".keystore",
    ".pub",
    ".conf",
    ".toml",
    ".py",
    ".js",
)
_SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
    "01234567890123456789012345678901234567890",
    "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz",
    "qwertyuiopasdfghjklzxcvbnm",
)


# "secret" / "password" inside a value usually mark a demo value (``MySecretPassword1``,
# ``P@ssw0rd123!``), unless the value carries other letters besides them and filler
# (``S3cr3t-Pr0d-2024!``, ``p4ssW0rd_redis_77``, ``pgPassw0rd!``): people do build real
# passwords that way.
_SELF_NAMING = ("password", "passwd", "secret")
_FILLER_WORDS = (
    "super",
    "very",
    "top",
    "my",
    "the",
    "new",
    "old",
    "key",
    "pass",
    "word",
    "pw",
    "admin",
    "user",
    "db",
    "strong",
    "secure",
    "long",
    "app",
)


def _self_naming_demo(value: str) -> bool:
    """True if ``value`` names itself a password/secret and carries nothing else worth a word."""
    low = value.lower()
    translated = low.translate(_LEET)  # one character for one, so it lines up with ``low``
    leet = NON_ALNUM_RE.sub("", translated)
    if not any(m in leet for m in _SELF_NAMING):
        return False
    if len(value) < 10 or char_classes(value) < 3:
        return True  # too short or too plain to be a built password
    pairs = [(t, o) for t, o in zip(translated, low) if t.isascii() and t.isalnum()]
    used = [False] * len(leet)
    for word in _SELF_NAMING + _FILLER_WORDS:
        i = leet.find(word)
        while i != -1:
            for k in range(i, i + len(word)):
                used[k] = True
            i = leet.find(word, i + len(word))
    rest = sum(1 for k, (_t, o) in enumerate(pairs) if not used[k] and o.isalpha())
    return rest < 2


def looks_placeholder(value: str) -> bool:
    """True for placeholders, templates, fixtures and other obviously-not-secret values."""
    low = value.lower()
    if any(m in low for m in _PLACEHOLDER_MARKERS):
        return True
    norm = NON_ALNUM_RE.sub("", low.translate(_LEET))
    if not norm or norm in _PLACEHOLDER_VALUES:
        return True
    if any(m in norm for m in ("changeme", "example", "dummy", "placeholder")):
        return True
    if _self_naming_demo(value):
        return True
    if len(set(norm)) <= 2:  # aaaaaa, 000000, abab...
        return True
    return any(norm in seq for seq in _SEQUENCES)


DOTTED_IDENT_RE = re.compile(r"[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)+")
IDENT_RE = re.compile(r"[A-Za-z_$][\w$]*")
_WORDY_RE = re.compile(r"[a-z]+(?:[-_.][a-z]+)*|[A-Z]+(?:[-_.][A-Z]+)*")
_CAMEL_SPLIT_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
UUID_ZERO_RE = re.compile(r"[0-]{8,}")


def wordy_phrase(value: str) -> bool:
    """Words joined by punctuation (``apples/oranges``, ``correct-horse``): an example phrase."""
    parts = [p for p in re.split(r"[^A-Za-z0-9]+", value) if p]
    return len(parts) >= 2 and all(
        p.isalpha() and len(p) >= 3 and (p.islower() or p.isupper() or p.istitle() or word_like(p))
        for p in parts)  # "cEuj*qtOmBdgXs": letters in random case are not words


def word_like(value: str) -> bool:
    """Made of dictionary-looking words (``SuperSecret``, ``Summer2024``), not random."""
    if _WORDY_RE.fullmatch(value):
        return True
    letters = "".join(ch for ch in value if ch.isalpha())
    if not letters.isascii():
        return value.isalpha()  # a word in another script: a label or translation
    segments = _CAMEL_SPLIT_RE.findall(value)
    return bool(segments) and sum(map(len, segments)) / len(segments) >= 3
