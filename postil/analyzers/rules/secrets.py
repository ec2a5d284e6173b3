"""Secret detection for any text file (masking before text leaves the machine is
``postil.gate.redact``, built on these detectors).

Two families of detectors run over the raw text (no parsing, so .env, YAML, JSON,
INI, shell, Dockerfiles and source in any language all work):

* **Known formats** (provider tokens): rule data in ``secrets.toml``, loaded by
  ``secret_formats`` (a project adds its own there too). Each is found by a
  literal anchor (``ghp_``, ``AKIA`` ...) at the start of a run of token
  characters or with ``str.find``, then matched at that position with a bounded
  regex, so a file without the anchor costs next to nothing and no pattern can
  backtrack over a long line. Private key blocks and credentials in URLs are code.
* **Generic assignments** (``password = "..."``, ``API_KEY=...``,
  ``"token": "..."``, ``Password: "..."``, ``<password>..</password>``): found
  by keyword (``pass``, ``secret``, ``token``, ``auth``, ``api_key`` ...) in
  the lower-cased text, then the identifier around the keyword, the operator
  and the literal value are parsed by hand.  Most of the work here is saying
  *no*: placeholders, templates, environment lookups, expressions, type
  annotations, comparisons, labels, i18n strings, paths, hashes and
  low-entropy values are not reported.

Decisions (documented because every secret scanner has to make them):

* AWS documentation keys (``...EXAMPLE``), Slack's ``T00000000/B00000000/XXXX``
  webhook, the Azure storage emulator key and the jwt.io sample token are
  published examples, not secrets: not reported.
* Stripe *test* secret keys (``sk_test_``) are reported by their own rule at
  ``info``: they cannot move money but do expose the test account; publishable
  keys (``pk_``) are public and never reported.
* JWTs are reported at ``info`` (tokens in tests and fixtures are common and
  most expire); only ones whose header decodes to JSON with an ``alg``.
* Twilio account SIDs (``AC...``) identify an account like a user name and are
  not secret on their own; API key SIDs (``SK...``) and auth tokens assigned to a
  ``twilio``-named key are.
* Password hashes and ciphertexts (bcrypt ``$2b$``, ``pbkdf2_sha256$``,
  ``{SSHA}``, sops ``ENC[...]``, Ansible vault, Vault transit) are not reported
  by the generic detector: storing them is the recommended practice.
* Generic values shorter than 6 characters (passwords) or 16 (tokens, keys,
  secrets), containing whitespace, digits only, made of dictionary-looking
  words (``SuperSecret``, ``apples/oranges``; for passwords only pure words, since
  ``Summer2024!`` is a real password), typed on the home row (``sdf0o9823sjdfsdf``),
  or equal to published RFC examples are not reported; nor are the demo passwords
  every tutorial uses (``tiger``, ``hunter2``, ``P@ssw0rd``...) or base64 of a
  placeholder (Kubernetes ``cGFzc3dvcmQ=``).
* Credentials in URLs whose host is a reserved example domain (RFC 2606:
  ``example.com``, ``*.example``, ``*.test``, ``*.invalid``) or whose password
  equals the user name (``postgres:postgres``, ``guest:guest``) are not reported.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import re
from collections.abc import Container, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import unquote

from postil.analyzers.rules.secret_formats import ALNUM as _ALNUM
from postil.analyzers.rules.secret_formats import WORDCH as _WORDCH
from postil.analyzers.rules.secret_formats import (
    Detector,
    SecretRule,
    b64json,
    builtin_detectors,
    builtin_rules,
    char_classes,
    entropy,
    random_tail,
)
from postil.core.deadline import Deadline

__all__ = [
    "SECRET_RULES",
    "Candidate",
    "SecretMatch",
    "SecretRule",
    "candidates",
    "char_classes",
    "entropy",
    "plausible_password",
    "rule_by_id",
    "scan_secrets",
    "select",
    "word_like",
]

SECRET_RULES: tuple[SecretRule, ...] = builtin_rules()


@dataclass(frozen=True)
class SecretMatch:
    """One detected secret: ``text[start:end]`` is the secret value itself."""

    rule: str
    start: int
    end: int


_RULES_BY_ID = {r.id: r for r in SECRET_RULES}


def rule_by_id(rule_id: str) -> SecretRule:
    """The SecretRule for an id (``KeyError`` if unknown)."""
    return _RULES_BY_ID[rule_id]


# --------------------------------------------------------------------------- helpers


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
_NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")
_SPACE_RE = re.compile(r"\s")  # the characters str.isspace() accepts

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

_HASH_PREFIXES = (
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
_REFERENCE_SCHEMES = (
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
_PATH_EXTENSIONS = (
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
# ``P@ssw0rd123!``), unless the value carries other words besides them and filler
# (``S3cr3t-Pr0d-2024!``, ``p4ssW0rd_redis_77``): people do build real passwords that way.
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
    leet = _NON_ALNUM_RE.sub("", translated)
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
    return rest < 3


def _looks_placeholder(value: str) -> bool:
    """True for placeholders, templates, fixtures and other obviously-not-secret values."""
    low = value.lower()
    if any(m in low for m in _PLACEHOLDER_MARKERS):
        return True
    norm = _NON_ALNUM_RE.sub("", low.translate(_LEET))
    if not norm or norm in _PLACEHOLDER_VALUES:
        return True
    if any(m in norm for m in ("changeme", "example", "dummy", "placeholder")):
        return True
    if _self_naming_demo(value):
        return True
    if len(set(norm)) <= 2:  # aaaaaa, 000000, abab...
        return True
    return any(norm in seq for seq in _SEQUENCES)


_DOTTED_IDENT_RE = re.compile(r"[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)+")
_IDENT_RE = re.compile(r"[A-Za-z_$][\w$]*")
_WORDY_RE = re.compile(r"[a-z]+(?:[-_.][a-z]+)*|[A-Z]+(?:[-_.][A-Z]+)*")
_CAMEL_SPLIT_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_UUID_ZERO_RE = re.compile(r"[0-]{8,}")


def _wordy_phrase(value: str) -> bool:
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


# --------------------------------------------------------------------------- known-format detectors

_DETECTORS = builtin_detectors()

# Discord bot tokens have no literal prefix; only looked for in text that mentions discord.
_DISCORD_RE = re.compile(
    r"(?<![A-Za-z0-9_-])[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_-])"
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


def _scan_private_keys(text: str, found: _Found, out: list[tuple[int, int, str, int, int]]) -> None:
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
                    out.append((pos, tail.end(), rule, 3, 0))
                    nxt = tail.end()


_PUTTY_RE = re.compile(r"PuTTY-User-Key-File-\d: [^\n]{1,80}\n(?:[^\n]{0,200}\n){0,40}?Private-Lines: (?P<n>\d{1,3})\n")


def _scan_putty_keys(text: str, found: _Found, out: list[tuple[int, int, str, int, int]]) -> None:
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
                out.append((pos, end, "secrets/private-key", 3, 0))
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


def _scan_url_credentials(text: str, found: _Found, out: list[tuple[int, int, str, int, int]]) -> None:
    for pos in found.cased["://"]:  # "://" cannot overlap itself
        m = _URL_CRED_RE.match(text, pos, pos + 700)
        if m and _URL_SCHEME_RE.search(text, max(0, pos - 31), pos):
            user, pw, host = m.group("user"), m.group("pw"), m.group("host").lower()
            if _url_password_is_real(user, pw, host):
                out.append(
                    (m.start("pw"), m.end("pw"), "secrets/url-credentials", 2, 0)
                )


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


def _url_password_is_real(user: str, pw: str, host: str) -> bool:
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
    if plain.lower().startswith("pass") or _wordy_phrase(plain):
        return False
    if len(pw) < 3 or len(set(pw)) == 1 or _looks_placeholder(plain):
        return False
    return not (_IDENT_RE.fullmatch(pw) and pw.isupper())  # user:PASSWORD@ style


# --------------------------------------------------------------------------- generic assignments

# Found in the lower-cased text; each hit is expanded to the identifier around it.
_KEYWORDS = ("pass", "pwd", "secret", "token", "auth", "cred", "key")
# After the identifier: optional closing quote/bracket, then an assignment-ish operator.
_KEY_TAIL_RE = re.compile(r"\w*(?:-[A-Za-z0-9]\w*)*")
_OP_AHEAD_RE = re.compile(r"[\"'`]?\]?[ \t]*(?:[:=>]|<-)")
_OP_FIRST = frozenset("\"'`] \t:=><")  # the characters a match of _OP_AHEAD_RE can start with
_AFTER_NAME = _OP_FIRST | {"("}  # and the ones _check_assignment looks at without an operator
_PASSWORD_WORDS = frozenset(
    {
        "password",
        "passwd",
        "pwd",
        "pass",
        "passphrase",
        "passcode",
        "pswd",
        "passwort",
        "pw",
        "requirepass",  # redis.conf
        "masterauth",
    }
)
_SECRET_WORDS = frozenset(
    {
        "secret",
        "token",
        "credential",
        "credentials",
        "creds",
        "auth",
        "apikey",
        "secretkey",
        "privatekey",
        "accesskey",
        "authkey",
        "authtoken",
        "accesstoken",
        "apitoken",
        "apisecret",
        "clientsecret",
        "authorization",
        "bearer",
        "sessiontoken",
        "refreshtoken",
        "idtoken",
    }
)
_KEY_QUALIFIERS = frozenset(
    {
        "api",
        "secret",
        "private",
        "access",
        "auth",
        "signing",
        "encryption",
        "client",
        "master",
        "account",
        "app",
        "application",
        "consumer",
        "license",
        "service",
        "subscription",
        "admin",
        "cosmos",
        "storage",
        "primary",
        "secondary",
        "routing",
        "integration",
        "server",
        "deploy",
        "management",
        "webhook",
        "hmac",
        "sas",
        "shared",
    }
)
_RUN_TOGETHER_SUFFIXES = (
    "password",
    "passwd",
    "passphrase",
    "secret",
    "apikey",
    "token",
    "secretkey",
    "accesskey",
    "privatekey",
)
_IDENT_STRIP = "".join(sorted(_WORDCH | {"-", "."}))  # str.rstrip's argument
_KEY_WORD_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_ANNOTATION_RE = re.compile(r"[ \t]*&?[A-Za-z_][\w.\[\], |]{0,80}?[ \t]*=(?!=)")  # Rust's &str too
# an unquoted value runs to a space or a delimiter; "&" ends it only before "&" or a space
_UNQUOTED_RE = re.compile(r"(?:[^\s'\"`;,&)<>|}\]]|&(?![&\s])){1,512}")
_AUTH_SCHEME_RE = re.compile(
    r"(?i)(?:bearer|basic|token|digest|apikey|api-key|sso-key|key|ssws)\s+"
)
_PY_STRING_PREFIX = frozenset("rRbBuU")


@lru_cache(maxsize=4096)
def _classify_key(key: str) -> tuple[str, tuple[str, ...]] | None:
    """'password' / 'secret' for a secret-ish identifier, or None."""
    last = re.split(r"\.|::|->", key)[-1].strip("-_$@:")
    words = tuple(w.lower() for w in _KEY_WORD_RE.findall(last))
    if not words or len(words) > 8:
        return None
    final = words[-1]
    if final not in _PASSWORD_WORDS and final not in _SECRET_WORDS and len(final) > 8:
        # PGPASSWORD, MYSQLPWD-style run-together names
        for suffix in _RUN_TOGETHER_SUFFIXES:
            if final.endswith(suffix):
                final = suffix
                break
    if final in _PASSWORD_WORDS:
        if final == "pw" and len(words) == 1:
            return None
        return "password", words
    joined2 = "".join(words[-2:])
    if final in _SECRET_WORDS or joined2 in _SECRET_WORDS:
        return "secret", words
    if final == "key" and len(words) >= 2 and words[-2] in _KEY_QUALIFIERS:
        return "secret", words
    return None


def _read_quoted(text: str, i: int, n: int) -> tuple[int, int] | None:
    """Offsets of the content of the string literal starting at text[i], ending before n."""
    quote = text[i]
    j = i + 1
    while j < n:
        ch = text[j]
        if ch == "\\":
            j += 2
            continue
        if ch == quote:
            return i + 1, j
        j += 1
    return None


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
    return _DOTTED_IDENT_RE.fullmatch(value) is not None and not any(
        len(part) >= 24 and _random_identifier(part) for part in value.split("."))


# client-side keys their providers document as public: PostHog project keys, Stripe and
# Mapbox publishable keys
_PUBLIC_PREFIXES = ("phc_", "pk_live_", "pk_test_", "pk.eyJ")
_HEX_KEY_RE = re.compile(r"0x[0-9a-fA-F]{64}")


def _hex_private_key(value: str, key_words: tuple[str, ...]) -> bool:
    """``PRIVATE_KEY=0x<64 hex>``: an Ethereum-style private key, not a hash or an address."""
    return "private" in key_words and _HEX_KEY_RE.fullmatch(value) is not None


def _value_ok(kind: str, value: str, key_words: tuple[str, ...], quoted: bool) -> bool:
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
    if low.startswith(_HASH_PREFIXES) or low.startswith(_REFERENCE_SCHEMES):
        return False
    if value[0] in "$%@&*!{<[(~/\\." or value.startswith("0x") and not _hex_private_key(value, key_words):
        return False
    if value.startswith(_PUBLIC_PREFIXES):
        return False
    if (
        low.endswith(_PATH_EXTENSIONS)
        or value.count("/") >= 2
        and "=" not in value
        and char_classes(value) <= 2
    ):
        return False
    if _SPACE_RE.search(value):
        return False
    if value.isdigit():
        return False
    if not quoted:
        if "(" in value or "[" in value or _attribute_path(value):
            return False
        if (
            _IDENT_RE.fullmatch(value)
            and ("_" in value or not any(c.isdigit() for c in value))
            and not _random_identifier(value)
        ):
            return False  # a variable name, unless it reads like a generated value
    norm_value = _NON_ALNUM_RE.sub("", low)
    if norm_value == "".join(key_words) or norm_value in key_words:
        return False  # "password": "Password" -- a label
    if any(len(w) >= 4 and w in norm_value for w in key_words[-2:]):
        return False  # "refresh_token": "oauth_refresh_token" -- a name, not a value
    if _looks_placeholder(value):
        return False
    if _UUID_ZERO_RE.search(value):
        return False
    if _wordy_phrase(value) or _keyboard_mash(value) or _decodes_to_placeholder(value):
        return False
    if kind == "password":
        # people pick words plus digits ("Summer2024!"): only pure words are labels
        if len(value) < 6 or (value.isalpha() and word_like(value)):
            return False
        return char_classes(value) >= 2 and entropy(value) >= 2.0
    if word_like(value) or len(value) < 16:
        return False
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


def plausible_password(value: str) -> bool:
    """A literal someone could have chosen as a password, as the assignment parser judges
    one: not a placeholder, template, expression, reference or label."""
    return bool(value) and _value_ok("password", value, ("password",), True)


_B64_VALUE_RE = re.compile(r"[A-Za-z0-9+/]{8,}={0,2}")


def _decodes_to_placeholder(value: str) -> bool:
    """Base64 of a placeholder (Kubernetes Secret manifests: ``cGFzc3dvcmQ=``)."""
    if len(value) % 4 or not _B64_VALUE_RE.fullmatch(value):
        return False
    try:
        decoded = base64.b64decode(value, validate=True).decode("ascii")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    return decoded.isprintable() and _looks_placeholder(decoded)


def _basic_auth_ok(value: str) -> bool:
    """``Basic <base64(user:password)>``: judge the password inside."""
    try:
        decoded = base64.b64decode(
            value + "=" * (-len(value) % 4), validate=True
        ).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return True
    user, sep, pw = decoded.partition(":")
    if not sep:
        return True
    return _url_password_is_real(user, pw, "basic-auth.header") if pw else False


def _scan_assignments(text: str, found: _Found, out: list[tuple[int, int, str, int, int]]) -> None:
    n = len(text)
    seen: set[int] = set()
    for kw in _KEYWORDS:  # none of them can overlap itself
        for p in found.folded[kw]:
            # the end of the name: most are followed by nothing an assignment or a check needs
            e = _KEY_TAIL_RE.match(text, p + len(kw), p + len(kw) + 80).end()
            if e < n and text[e] in _AFTER_NAME:
                _check_assignment(text, n, p, e, seen, out)


def _check_assignment(
    text: str,
    n: int,
    p: int,
    e: int,
    seen: set[int],
    out: list[tuple[int, int, str, int, int]],
) -> None:
    """The name spanning ``p:e`` (a keyword in it at ``p``), followed by one of ``_AFTER_NAME``."""
    after = text[e]
    if after not in _OP_FIRST or not _OP_AHEAD_RE.match(text, e, e + 40):
        if after in " \t":
            if e - p == 8:
                _check_sql_password(text, p, e, out)
            _check_define(text, p, e, out)
            _check_directive(text, p, e, out)
        elif after == "<" and text.startswith("</key>", e):
            _check_plist(text, p, e, out)
        elif after in "\"'":
            _check_call_pair(text, p, e, out)
            _check_tf_variable(text, p, e, out)
        elif after == "(":
            _check_setter(text, p, e, out)
        return  # cheap exit for the vast majority of keyword hits
    s = _ident_start(text, p)
    if s in seen:
        return
    seen.add(s)
    if s > 1 and text[s - 1] == ":" and text[s - 2] in _ALNUM and not text.endswith("$env:", 0, s):
        return  # a segment of a colon path: arn:aws:secretsmanager:...:secret:name
    key = text[s:e].lstrip("-.")
    classified = _classify_key(key)
    if classified is None:
        return
    kind, words = classified
    if "public" in words or "pub" in words:
        return
    line_end = text.find("\n", e, min(n, e + 4096))
    if line_end == -1:
        line_end = min(n, e + 4096)
    i = e
    # XML element: <password>value</password>
    if s > 0 and text[s - 1] == "<" and i < line_end and text[i] == ">":
        close = text.find("<", i + 1, line_end)
        if close == -1:
            return
        _accept(text, kind, words, i + 1, close, True, out)
        return
    # closing quote / bracket of the key: "password": / ['password'] = / {password} ...
    if i < line_end and text[i] in "\"'`":
        i += 1
    if i < line_end and text[i] == "]":
        i += 1
    while i < line_end and text[i] in " \t":
        i += 1
    if i >= line_end:
        return
    ch = text[i]
    nxt = text[i + 1] if i + 1 < line_end else ""
    if ch == ":" and nxt == "=" or ch == "=" and nxt == ">":
        i += 2
    elif ch == "=":
        if nxt in "=~":
            return  # comparison / regex match
        i += 1
    elif ch == ":":
        if nxt == ":":
            return
        i += 1
        ann = _ANNOTATION_RE.match(text, i, line_end)
        if ann and not text[i : ann.end()].strip().startswith(('"', "'")):
            i = ann.end()
    elif ch == "<" and nxt == "-":
        i += 2
    else:
        return
    while i < line_end and text[i] in " \t":
        i += 1
    if i >= line_end:
        return
    if text[i] == "(" and words == ("auth",):  # requests' auth=("user", "password")
        _check_user_pair(text, i, out)
        return
    # python string prefixes r"", b"", u""; f-strings are templates; Go's []byte("...")
    if text[i] in _PY_STRING_PREFIX and i + 1 < line_end and text[i + 1] in "\"'":
        i += 1
    elif text.startswith('[]byte("', i):
        i += 7
    if text[i] == "\\" and i + 1 < line_end and text[i + 1] in "\"'":
        # code inside a JSON string (notebooks): KEY = \"value\"
        close = text.find("\\" + text[i + 1], i + 2, line_end)
        if close != -1:
            _accept(text, kind, words, i + 2, close, True, out)
        return
    if text[i] in "\"'`":
        if text[i - 1 : i] in "fF" and i > 0 and text[i - 1] in "fF":
            return
        span = _read_quoted(text, i, line_end)
        if span is None:
            return
        vs, ve = span
        if kind != "password" or "authorization" in words:
            m = _AUTH_SCHEME_RE.match(text, vs, ve)
            if m:
                vs = m.end()
                if m.group().lower().startswith("basic") and not _basic_auth_ok(
                    text[vs:ve]
                ):
                    return
        _accept(text, kind, words, vs, ve, True, out)
        return
    fallback = _FALLBACK_RE.search(text, i, line_end)
    if fallback:  # process.env.X || 'value', os.environ.get("X") or "value": the default is literal
        span = _read_quoted(text, fallback.end(), line_end)
        if span is not None:
            _accept(text, kind, words, span[0], span[1], True, out)
        return
    if "authorization" in words:  # a header inside a string: Authorization: Bearer <token>
        scheme = _AUTH_SCHEME_RE.match(text, i, line_end)
        if scheme:
            i = scheme.end()
    m = _UNQUOTED_RE.match(text, i, line_end)
    if not m:
        return
    _accept(text, kind, words, m.start(), m.end(), False, out)


_FALLBACK_RE = re.compile(r"[ \t](?:\|\||\?\?|or)[ \t]+(?=[\"'])")


def _jwt_header(value: str) -> object:
    return b64json(value.split(".", 1)[0])


def _ident_start(text: str, p: int) -> int:
    """Start of the identifier around the keyword at ``p`` (at most 80 characters back)."""
    lo = max(0, p - 80)
    return lo + len(text[lo:p].rstrip(_IDENT_STRIP))


# "DB_PASSWORD", "value" in an argument list; key="SmtpPassword" value="..." in XML
_PAIR_AHEAD_RE = re.compile(r"[\"'](?:[ \t]*,|[ \t]+value[ \t]*=)[ \t]*(?=[\"'])")
_SETTER_ARG_RE = re.compile(r"\([ \t]*(?=[\"'])")
# ("user", "password"): the first string is the user name, the second the password
_USER_ARG_RE = re.compile(r"\([ \t]*(?P<q>[\"'])[^\"'\n]{0,128}(?P=q)[ \t]*,[ \t]*(?=[\"'])")


def _check_setter(text: str, p: int, e: int, out: list[tuple[int, int, str, int, int]]) -> None:
    """``client.setApiKey("...")``, ``hcloud.WithToken("...")``: a setter given a literal;
    ``HTTPBasicAuth("user", "...")``: a user and password pair."""
    s = _ident_start(text, p)
    classified = _classify_key(text[s:e])
    if classified is None or "public" in classified[1]:
        return
    if classified[1][0] in ("set", "with"):
        m = _SETTER_ARG_RE.match(text, e)
        if m is not None:
            _value_after(text, m.end(), classified, out)
    elif classified[1][-1] == "auth" and len(classified[1]) > 1:
        _check_user_pair(text, e, out)


def _check_user_pair(text: str, i: int, out: list[tuple[int, int, str, int, int]]) -> None:
    m = _USER_ARG_RE.match(text, i)
    if m is not None:
        _value_after(text, m.end(), ("password", ("password",)), out)


_TF_VARIABLE_RE = re.compile(r"variable[ \t]+\"\Z")
_TF_DEFAULT_RE = re.compile(r"\"[ \t]*\{(?:[^{}]{0,600}?)\n[ \t]*default[ \t]*=[ \t]*(?=\")")


def _check_tf_variable(text: str, p: int, e: int, out: list[tuple[int, int, str, int, int]]) -> None:
    """Terraform ``variable "db_password" { default = "..." }``: the default is the secret."""
    if text[e] != '"':
        return
    s = _ident_start(text, p)
    if not _TF_VARIABLE_RE.search(text, max(0, s - 20), s):
        return
    m = _TF_DEFAULT_RE.match(text, e)
    classified = _classify_key(text[s:e]) if m else None
    if classified is not None and "public" not in classified[1]:
        _value_after(text, m.end(), classified, out)


# a line holding only a name and one value: Gradle's storePassword "...", redis' requirepass ...
_DIRECTIVE_QUOTED_RE = re.compile(r"[ \t]+(?=[\"'][^\"'\n]{1,200}[\"'][;,]?[ \t]*(?:\n|\Z))")
_DIRECTIVE_BARE_RE = re.compile(r"[ \t]+(?=[^\s\"';]{1,200}[ \t]*(?:\n|\Z))")
# aws configure set NAME VALUE, fish's set -x NAME VALUE
_SET_COMMAND_RE = re.compile(r"(?<![\w-])set[ \t]+(?:-[A-Za-z]{1,3}[ \t]+)?\Z")
_PLIST_STRING_RE = re.compile(r"</key>\s{0,40}<string>(?P<v>[^<\n]{1,512})</string>")


def _check_directive(text: str, p: int, e: int, out: list[tuple[int, int, str, int, int]]) -> None:
    s = _ident_start(text, p)
    newline = text.rfind("\n", max(0, s - 200), s)
    not_first = bool(newline == -1 and s > 200 or text[newline + 1 : s].strip(" \t"))
    if not_first and not _SET_COMMAND_RE.search(text, max(0, s - 40), s):
        return  # neither the first word of its line nor set by a command
    set_command = not_first  # the first word of its line has no command before it
    classified = _classify_key(text[s:e])
    if classified is None or "public" in classified[1]:
        return
    m = _DIRECTIVE_QUOTED_RE.match(text, e, e + 300)
    if m is None and (classified[0] == "password" or set_command):
        m = _DIRECTIVE_BARE_RE.match(text, e, e + 300)
        end = text.find("\n", e, e + 300)
        # a wrapped sentence ("password\n  present.") is words and end punctuation
        if m is not None and char_classes(text[m.end() : end if end != -1 else e + 300].strip().rstrip(".,;:!?")) < 2:
            return
    if m is not None:
        _value_after(text, m.end(), classified, out)


def _check_plist(text: str, p: int, e: int, out: list[tuple[int, int, str, int, int]]) -> None:
    """``<key>API_KEY</key><string>...</string>`` in an Apple property list."""
    s = _ident_start(text, p)
    m = _PLIST_STRING_RE.match(text, e) if text.endswith("<key>", 0, s) else None
    classified = _classify_key(text[s:e]) if m else None
    if classified is not None and "public" not in classified[1]:
        _accept(text, *classified, m.start("v"), m.end("v"), True, out)


_DEFINE_RE = re.compile(r"#[ \t]*define[ \t]+\Z")
_DEFINE_VALUE_RE = re.compile(r"[ \t]+(?=[\"'])")


def _check_define(text: str, p: int, e: int, out: list[tuple[int, int, str, int, int]]) -> None:
    """``#define WIFI_PASSWORD "..."`` (C, C++, Arduino)."""
    m = _DEFINE_VALUE_RE.match(text, e)
    if m is None:
        return
    s = _ident_start(text, p)
    if not _DEFINE_RE.search(text, max(0, s - 20), s):
        return
    classified = _classify_key(text[s:e])
    if classified is not None and "public" not in classified[1]:
        _value_after(text, m.end(), classified, out)


def _check_call_pair(text: str, p: int, e: int, out: list[tuple[int, int, str, int, int]]) -> None:
    """("DB_PASSWORD", "value") in an argument list: define(), setdefault(), getenv
    defaults, put(), setProperty() (``p:e`` spans the keyword and the rest of the name)."""
    m = _PAIR_AHEAD_RE.match(text, e)
    if m is None:
        return
    s = _ident_start(text, p)
    if s == 0 or text[s - 1] != text[e]:
        return
    classified = _classify_key(text[s:e])
    if classified is not None and "public" not in classified[1]:
        _value_after(text, m.end(), classified, out)


def _check_sql_password(
    text: str, p: int, e: int, out: list[tuple[int, int, str, int, int]]
) -> None:
    """``CREATE USER app WITH PASSWORD 'x'`` (``p:e`` spans the word password)."""
    if text[p:e].lower() != "password":
        return
    m = _SQL_PASSWORD_VALUE_RE.match(text, e)
    if not m:
        return
    line_start = text.rfind("\n", max(0, p - 300), p) + 1
    if _SQL_USER_STMT_RE.search(text, max(line_start, p - 300), p):
        _accept(text, "password", ("password",), m.start("qv"), m.end("qv"), True, out)


def _accept(
    text: str,
    kind: str,
    words: tuple[str, ...],
    vs: int,
    ve: int,
    quoted: bool,
    out: list[tuple[int, int, str, int, int]],
) -> None:
    value = text[vs:ve]
    if not value or len(value) > 1000:
        return
    if value.startswith("{noop}"):  # Spring's plain-text marker
        vs += 6
        value = value[6:]
        if not value:
            return
    if value.startswith("eyJ") and value.count(".") == 2 and isinstance(_jwt_header(value), dict):
        return  # a JWT: the jwt detector decides (a token that only looks like one is judged here)
    if value.startswith("AIza") and len(value) == 39:
        return  # a Google API key: its detector decides (a Firebase client config's key is public)
    if value.startswith("Ag") and len(value) > 200 and "SealedSecret" in text:
        return  # a Bitnami SealedSecret's encryptedData: ciphertext made to be committed
    if not _value_ok(kind, value, words, quoted):
        return
    if (
        "aws" in words or "amazon" in words or words[-3:] == ("secret", "access", "key")
    ) and re.fullmatch(r"[A-Za-z0-9/+]{40}", value):
        out.append((vs, ve, "secrets/aws-secret-access-key", 3, 0))
        return
    if "twilio" in words and re.fullmatch(r"[0-9a-f]{32}", value):
        out.append((vs, ve, "secrets/twilio-auth-token", 3, 0))
        return
    rule = (
        "secrets/hardcoded-password" if kind == "password" else "secrets/generic-secret"
    )
    out.append((vs, ve, rule, 1, 0))


# --------------------------------------------------------------------------- commands, SQL, manifests

# A secret handed to a program on its command line (shell scripts, Dockerfiles, compose
# ``command:`` arrays, CI steps), or set by SQL. Values are judged like assignments.
_LONG_FLAG_RE = re.compile(
    r"--(?P<k>[A-Za-z][A-Za-z0-9_-]{1,40})"
    r"(?:(?P<sp>[ \t]+)|[\"'][ \t]*,[ \t]*)"
    r"(?:(?P<q>[\"'])(?P<qv>[^\"'\n]{1,300})(?P=q)|(?P<v>[^\s\"'`;|&()<>]{1,300}))"
)
_FLAG_PASSWORD_NAMES = frozenset({"requirepass", "masterauth", "pass"})
# Short flags are found by one regex (fast: it starts with a literal) and kept only when the
# line names the program they belong to.
_SHORT_FLAG_RE = re.compile(r"-[pau](?<=[\s\"'\[(]-[pau])")
_FLAG_VALUE = (
    r"(?:(?P<q>[\"'])(?P<qv>[^\"'\n]{1,200})(?P=q)|(?P<v>[^\s\"'`;|&()<>]{1,200}))"
)
_SHORT_FLAG_FORMS: dict[str, tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]] = {
    "p": (
        # mysql -pSECRET: attached (a bare -p prompts for it)
        (("mysql", "mariadb"), re.compile(r"-p" + _FLAG_VALUE)),
        (("sshpass",), re.compile(r"-p[ \t]*" + _FLAG_VALUE)),
        (
            ("docker login", "podman login", "buildah login"),
            re.compile(r"-p[ \t]+" + _FLAG_VALUE),
        ),
    ),
    "a": ((("redis-cli",), re.compile(r"-a[ \t]+" + _FLAG_VALUE)),),
    # curl -u user:password
    "u": (
        (
            ("curl",),
            re.compile(
                r"-u(?:[ \t]*|=)(?:(?P<q>[\"'])[^\"':\s]{0,128}:(?P<qv>[^\"'\n]{1,200})(?P=q)"
                r"|[^\s\"':]{0,128}:(?P<v>[^\s\"'`;|&()<>]{1,200}))"
            ),
        ),
    ),
}
_CURL_USER_RE = re.compile(
    r"(?P<q>[\"']?)[^\"':\s]{0,128}:(?P<qv>[^\"'\s]{1,200})(?P=q)"
)
_SQL_IDENTIFIED_RE = re.compile(
    r"(?i)identified[ \t]+by[ \t]*(?P<q>[\"'])(?P<qv>[^\"'\n]{1,200})(?P=q)"
)
# CREATE USER app WITH PASSWORD 'x' / ALTER ROLE app PASSWORD 'x' / CREATE LOGIN app WITH PASSWORD = 'x'
_SQL_USER_STMT_RE = re.compile(
    r"(?i)\b(?:create|alter)[ \t]+(?:user|role|login)\b[^;\n]{0,200}\Z"
)
_SQL_PASSWORD_VALUE_RE = re.compile(r"[ \t]*(?:=[ \t]*)?(?P<q>')(?P<qv>[^'\n]{1,200})'")
_DOCKER_ENV_RE = re.compile(
    r"ENV[ \t]+(?P<k>[A-Za-z_][A-Za-z0-9_.-]*)[ \t]+(?:(?P<q>[\"'])(?P<qv>[^\"'\n]{1,300})(?P=q)|(?P<v>[^\s\"'=](?:[^\n]{0,299}[^ \t\n])?))[ \t]*$",
    re.MULTILINE,
)
# - name: DB_PASSWORD            {"name": "DB_PASSWORD",
#   value: "..."                  "value": "..."}
_NAME_BEFORE_VALUE_RE = re.compile(
    r"(?:^[ \t]*-[ \t]+name:[ \t]*(?P<q>[\"']?)(?P<k>[A-Za-z_][\w.-]{0,80})(?P=q)[ \t]*\n[ \t]*"
    r"|\"name\"[ \t]*:[ \t]*\"(?P<jk>[A-Za-z_][\w.-]{0,80})\"[ \t]*,\s{0,200})\Z",
    re.MULTILINE,
)


def _flag_value(m: re.Match[str]) -> tuple[int, int, bool] | None:
    """The value span of a flag match; a value starting with '-' is the next flag."""
    for group, quoted in (("qv", True), ("v", False)):
        value = m.group(group)
        if value is not None:
            return None if value[0] == "-" else (m.start(group), m.end(group), quoted)
    return None


def _flag_kind(name: str) -> tuple[str, tuple[str, ...]] | None:
    low = name.lower().replace("-", "_")
    if low in _FLAG_PASSWORD_NAMES:
        return "password", (low,)
    return _classify_key(low)


def _scan_commands(
    text: str, low: str, found: _Found, out: list[tuple[int, int, str, int, int]]
) -> None:
    for m in _LONG_FLAG_RE.finditer(text):
        if m.start() > 0 and text[m.start() - 1] not in " \t\"'[(\\":
            continue
        classified = _flag_kind(m.group("k"))
        span = _flag_value(m)
        if m.group("k") == "user" and span is not None:
            line_start = text.rfind("\n", 0, m.start()) + 1
            if "curl" in low[line_start : m.start()]:
                vs = span[0] - (1 if span[2] else 0)
                cu = _CURL_USER_RE.match(text, vs)
                if cu:
                    _accept(
                        text,
                        "password",
                        ("password",),
                        cu.start("qv"),
                        cu.end("qv"),
                        True,
                        out,
                    )
            continue
        if classified is None or span is None:
            continue
        if m.group("sp") is None and not span[2]:
            continue  # argv arrays quote every element
        _accept(text, *classified, *span, out)
    for m in _SHORT_FLAG_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = low[line_start : m.start()]
        for programs, rx in _SHORT_FLAG_FORMS[text[m.start() + 1]]:
            if any(prog in before for prog in programs):
                fm = rx.match(text, m.start())
                span = _flag_value(fm) if fm else None
                if span is not None:
                    _accept(text, "password", ("password",), *span, out)
                break
    for p in found.folded["identified"]:  # "identified" cannot overlap itself
        m = _SQL_IDENTIFIED_RE.match(text, p)
        if m:
            _accept(
                text, "password", ("password",), m.start("qv"), m.end("qv"), True, out
            )
    # Dockerfile ``ENV KEY value`` (the legacy form without ``=``), at the start of a line
    starts = [0] if text.startswith("ENV ") else []
    starts += [e + 1 for e in found.cased["\nENV "]]
    for p in starts:
        m = _DOCKER_ENV_RE.match(text, p)
        if m:
            classified = _classify_key(m.group("k"))
            span = _flag_value(m)
            if classified is not None and span is not None:
                _accept(text, *classified, *span, out)


def _scan_name_value_pairs(
    text: str, low: str, found: _Found, out: list[tuple[int, int, str, int, int]]
) -> None:
    """Kubernetes / ECS environment lists: the name is the key, the value the secret."""
    for anchor, width in (("value:", 6), ('"value"', 7)):
        nxt = 0
        for p in found.folded[anchor]:
            if p < nxt:  # '"value"value"': the second overlaps the first
                continue
            nxt = p + width
            lo = max(0, p - 300)
            m = (
                _NAME_BEFORE_VALUE_RE.search(text, lo, p)
                if low.rfind("name", lo, p) != -1
                else None
            )
            if m:
                key = m.group("k") or m.group("jk")
                classified = _classify_key(key)
                if classified is not None and "public" not in classified[1]:
                    i = p + width
                    if anchor[0] == '"':
                        while i < len(text) and text[i] in " \t":
                            i += 1
                        if text[i : i + 1] != ":":
                            continue
                        i += 1
                    _value_after(text, i, classified, out)


def _value_after(
    text: str,
    i: int,
    classified: tuple[str, tuple[str, ...]],
    out: list[tuple[int, int, str, int, int]],
) -> None:
    line_end = text.find("\n", i, i + 4096)
    line_end = min(len(text), i + 4096) if line_end == -1 else line_end
    while i < line_end and text[i] in " \t":
        i += 1
    if i >= line_end:
        return
    if text[i] in "\"'":
        span = _read_quoted(text, i, line_end)
        if span is not None:
            _accept(text, *classified, span[0], span[1], True, out)
        return
    m = _UNQUOTED_RE.match(text, i, line_end)
    if m:
        _accept(text, *classified, m.start(), m.end(), False, out)


_K8S_SECRET_RE = re.compile(r"^kind:[ \t]*[\"']?Secret[\"']?[ \t]*$", re.MULTILINE)
_K8S_DATA_RE = re.compile(r"^data:[ \t]*$", re.MULTILINE)
_K8S_DOC_SEPARATOR_RE = re.compile(r"\n---")
_K8S_DATA_ITEM_RE = re.compile(
    r"[ \t]+(?P<k>[\w.-]{1,253}):[ \t]*(?P<q>[\"']?)(?P<v>[A-Za-z0-9+/]{4,}={0,2})(?P=q)[ \t]*$",
    re.MULTILINE,
)


def _scan_k8s_secret_data(
    text: str,
    out: list[tuple[int, int, str, int, int]],
    judged: set[tuple[int, int]],
) -> None:
    """``data:`` of a Kubernetes Secret holds base64: judge the decoded values (each
    YAML document once, however many ``kind: Secret`` lines it has)."""
    separators = [m.start() for m in _K8S_DOC_SEPARATOR_RE.finditer(text)]
    done: set[int] = set()
    for kind in _K8S_SECRET_RE.finditer(text):
        i = bisect.bisect_left(separators, kind.start())
        doc_start = separators[i - 1] + 1 if i else 0
        doc_end = separators[i] if i < len(separators) else len(text)
        if doc_start in done:
            continue
        done.add(doc_start)
        data = _K8S_DATA_RE.search(text, doc_start, doc_end)
        if data is None or data.start() < doc_start:
            continue
        pos = data.end() + 1
        while pos < doc_end:
            line_end = text.find("\n", pos, doc_end)
            line_end = doc_end if line_end == -1 else line_end
            line = text[pos:line_end]
            if line.strip() and not line[0].isspace():
                break  # the next top-level key
            m = _K8S_DATA_ITEM_RE.match(text, pos, line_end)
            if m:
                _judge_k8s_value(text, m, out, judged)
            pos = line_end + 1


def _judge_k8s_value(
    text: str,
    m: re.Match[str],
    out: list[tuple[int, int, str, int, int]],
    judged: set[tuple[int, int]],
) -> None:
    vs, ve = m.start("v"), m.end("v")
    try:
        decoded = base64.b64decode(m.group("v"), validate=True).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return
    if not all(ch.isprintable() or ch in "\n\r\t" for ch in decoded):
        return
    judged.add((vs, ve))
    inner = scan_secrets(decoded) if len(decoded) >= 8 else []
    if inner:
        out.append((vs, ve, inner[0].rule, 2, 0))
        return
    classified = _classify_key(m.group("k"))
    if classified is None or "public" in classified[1]:
        return
    value = decoded.strip()
    if (
        value
        and "\n" not in value
        and _value_ok(classified[0], value, classified[1], True)
    ):
        rule = (
            "secrets/hardcoded-password"
            if classified[0] == "password"
            else "secrets/generic-secret"
        )
        out.append((vs, ve, rule, 2, 0))


# --------------------------------------------------------------------------- scanning

# Known formats live in long runs of token characters; a run is found by translating the
# text to a two-letter alphabet (one C pass) and searching for 20 consecutive token
# characters, which is far cheaper than one str.find per anchor over the whole text.
_RUN_CHARS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-"
_RUN_TABLE = bytes((97 if i in _RUN_CHARS else 32) for i in range(256))
_RUN_MIN = b"a" * 20


def _runnable(anchor: str) -> bool:
    return all(ord(ch) < 128 and ord(ch) in _RUN_CHARS for ch in anchor)


def _run_index(detectors: tuple[Detector, ...]) -> dict[str, tuple[tuple[str, Detector], ...]]:
    """Run-anchored detectors by the first two characters of their anchors (one character
    leaves a dozen anchors to try at every run that starts with ``s``)."""
    by_head: dict[str, tuple[tuple[str, Detector], ...]] = {}
    for det in detectors:
        if det.anchored and not det.find and all(map(_runnable, det.anchors)):
            for anchor in det.anchors:
                head = anchor[:2]
                by_head[head] = (*by_head.get(head, ()), (anchor, det))
    return by_head


# anchored detectors whose anchors are token characters are tried at the start of long
# token runs; the others are found with their anchor (anchored) or searched (not anchored)
_RUN_BY_HEAD = _run_index(_DETECTORS)
_FIND_DETECTORS = tuple(d for d in _DETECTORS if d.anchored and (d.find or not all(map(_runnable, d.anchors))))
_SEARCH_DETECTORS = tuple(d for d in _DETECTORS if not d.anchored)

# What the passes start from besides the detectors' anchors and keywords: in the text as is,
# and in its lower-cased copy.
_CASED_LITERALS = ("-----BEGIN", "PuTTY-User-Key-File-", "://", "\nENV ", "kind:", "data:")
_FOLDED_LITERALS = (*_KEYWORDS, "identified", "value:", '"value"', "discord")


class _Occurrences:
    """Every offset of some literals in a text, from one Aho-Corasick pass instead of a
    ``str.find`` loop per literal. Asked for leftmost matches, the automaton skips to a few
    dozen literals with SIMD (twice as fast as reporting overlapping matches); the literals a
    match can hide (one starting inside it: "secretoken") are looked for there, so every
    occurrence is found. Texts are searched as ASCII bytes where every other code point is
    ``?``: one byte per code point, so offsets are the text's."""

    def __init__(self, literals: Iterable[str]) -> None:
        import ahocorasick_rs

        self.literals = sorted(set(literals))
        for literal in self.literals:
            if not literal.isascii() or "?" in literal:
                raise ValueError(f"secret scan literal {literal!r}: only ASCII without '?' is supported")
        self.encoded = [lit.encode() for lit in self.literals]
        self.hidden = [  # (offset, other literal) pairs that can start inside a match of each literal
            tuple((off, j) for off in range(len(x)) for j, y in enumerate(self.literals)
                  if (off or j != i) and (x[off:].startswith(y) or y.startswith(x[off:])))
            for i, x in enumerate(self.literals)
        ]
        self.automaton = ahocorasick_rs.BytesAhoCorasick(
            self.encoded, matchkind=ahocorasick_rs.MatchKind.LeftmostFirst,
            implementation=ahocorasick_rs.Implementation.DFA)

    def find(self, text: str) -> dict[str, list[int]]:
        """Ascending offsets by literal (every literal, found or not)."""
        data = text.encode("ascii", "replace")
        found: list[list[int]] = [[] for _ in self.literals]
        for i, start, _end in self.automaton.find_matches_as_indexes(data):
            found[i].append(start)
            for off, j in self.hidden[i]:
                if data.startswith(self.encoded[j], start + off):
                    found[j].append(start + off)
        return dict(zip(self.literals, found))


@dataclass(frozen=True)
class _Found:
    """Where the scan's literals are in one text: ascending offsets by literal."""

    cased: dict[str, list[int]]  # find detectors' anchors and _CASED_LITERALS, in the text
    folded: dict[str, list[int]]  # keywords, in its lower-cased copy

    def mentions(self) -> set[str]:
        """The keywords the lower-cased text holds."""
        return {k for k, offsets in self.folded.items() if offsets}


@cache
def _literals() -> tuple[_Occurrences, _Occurrences]:
    """The literals looked for in a text, and in its lower-cased copy."""
    return (_Occurrences([*(a for d in _FIND_DETECTORS for a in d.anchors), *_CASED_LITERALS]),
            _Occurrences([*_FOLDED_LITERALS, *(k for d in _SEARCH_DETECTORS for k in d.anchors)]))


def _keep(det: Detector, text: str, m: re.Match[str], out: list[tuple[int, int, str, int, int]]) -> bool:
    vs, ve = det.value_span(m)
    if vs == ve or not det.accepts(text[vs:ve], text, vs):
        return False
    out.append((vs, ve, det.rule, det.priority, det.prefix))
    return True


def _try_detector(
    det: Detector,
    text: str,
    pos: int,
    n: int,
    out: list[tuple[int, int, str, int, int]],
) -> int:
    """Match ``det`` at ``pos``; returns the end of an accepted match or -1."""
    if det.boundary_before and pos > 0 and text[pos - 1] in _ALNUM:
        return -1
    m = det.pattern.match(text, pos, min(n, pos + det.max_len))
    if not m:
        return -1
    end = m.end()
    if det.boundary_after and end < n and text[end] in _WORDCH:
        return -1
    return end if _keep(det, text, m, out) else -1


def _scan_known(text: str, found: _Found, out: list[tuple[int, int, str, int, int]]) -> None:
    n = len(text)
    # one byte per code point, so offsets in ``runs`` are offsets in ``text``
    runs = text.encode("ascii", "replace").translate(_RUN_TABLE)
    p = runs.find(_RUN_MIN)
    while p != -1:
        e = runs.find(b" ", p)
        if e == -1:
            e = n
        starts = [p]
        if p > 0 and text[p - 1] == "\\":  # "\nAKIA..." inside an escaped string
            starts.append(p + 1)
        for q in starts:
            while q < e and text[q] in ".-":
                q += 1
            for anchor, det in _RUN_BY_HEAD.get(text[q : q + 2], ()) if q < e else ():
                if (
                    text.startswith(anchor, q)
                    and _try_detector(det, text, q, n, out) != -1
                ):
                    break
        p = runs.find(_RUN_MIN, e)
    for det in _FIND_DETECTORS:
        for anchor in det.anchors:
            nxt = 0
            for pos in found.cased[anchor]:
                if pos >= nxt:
                    end = _try_detector(det, text, pos, n, out)
                    nxt = max(end, pos + len(anchor))
    _search(_SEARCH_DETECTORS, text, found.mentions(), out)
    if found.folded["discord"]:
        for m in _DISCORD_RE.finditer(text):
            if random_tail(0, 3.5)(m.group(), text, m.start()):
                out.append((m.start(), m.end(), "secrets/discord-bot-token", 3, 0))


def _search(
    detectors: tuple[Detector, ...],
    text: str,
    mentions: Container[str],
    out: list[tuple[int, int, str, int, int]],
    deadline: Deadline | None = None,
    relpath: str | None = None,
) -> None:
    """Detectors whose keywords only gate the text (``mentions``: the lower-cased text, or the
    keywords found in it): their regex is searched through it (user and gitleaks rules).
    ``deadline`` is checked after every rule and every 64 matches."""
    for det in detectors:
        if det.path is not None and (relpath is None or not det.path.applies(relpath)):
            continue
        if det.anchors and not any(k in mentions for k in det.anchors):
            continue
        for count, m in enumerate(det.pattern.finditer(text), start=1):
            _keep(det, text, m, out)
            if deadline is not None and count % 64 == 0:
                deadline.check("the secret scan")
        if deadline is not None:
            deadline.check("the secret scan")


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # a few code points change length when lower-cased
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return low


Candidate = tuple[int, int, str, int, int]  # (start, end, rule, priority, public prefix length)


def candidates(
    text: str,
    deadline: Deadline | None = None,
    extra: tuple[Detector, ...] = (),
    relpath: str | None = None,
) -> list[Candidate]:
    """Every detector's candidates, overlapping (:func:`select` picks among them);
    ``extra`` are a project's own detectors, ``relpath`` the file they look at.
    ``deadline`` is checked between the passes (each is linear in the text's length)."""
    out: list[Candidate] = []
    low = _lower_same_length(text)
    cased, folded = _literals()
    found = _Found(cased.find(text), folded.find(low))
    passes = (
        lambda: _scan_known(text, found, out),
        lambda: _search(extra, text, low, out, deadline, relpath),
        lambda: _scan_private_keys(text, found, out),
        lambda: _scan_url_credentials(text, found, out),
        lambda: _scan_assignments(text, found, out),
        lambda: _scan_commands(text, low, found, out),
        lambda: _scan_name_value_pairs(text, low, found, out),
    )
    for run_pass in passes:
        run_pass()
        if deadline is not None:
            deadline.check("the secret scan")
    if found.cased["kind:"] and found.cased["data:"]:
        judged: set[tuple[int, int]] = set()
        _scan_k8s_secret_data(text, out, judged)
        if judged:  # the raw base64 was judged decoded; drop the guess made on it
            out = [c for c in out if c[3] > 1 or (c[0], c[1]) not in judged]
    return out


def select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping matches, most specific (then longest) first, in text order."""
    kept: list[tuple[int, int, str, int, int]] = []  # sorted by start, non-overlapping
    starts: list[int] = []
    for c in sorted(cands, key=lambda c: (-c[3], -(c[1] - c[0]), c[0])):
        i = bisect.bisect_right(starts, c[0])
        if i > 0 and kept[i - 1][1] > c[0]:
            continue
        if i < len(kept) and kept[i][0] < c[1]:
            continue
        kept.insert(i, c)
        starts.insert(i, c[0])
    return kept


def scan_secrets(
    text: str,
    deadline: Deadline | None = None,
    extra: tuple[Detector, ...] = (),
    relpath: str | None = None,
) -> list[SecretMatch]:
    """Every secret value in ``text``: sorted by start, non-overlapping. ``extra`` are
    a project's own detectors (``secret-rules``, ``gitleaks-rules``). Raises
    :class:`TimeLimitExceeded` once ``deadline`` passes."""
    if not text:
        return []
    return [SecretMatch(rule, s, e) for s, e, rule, _prio, _prefix in select(candidates(text, deadline, extra, relpath))]
