"""Secret detection for any text file (masking before text leaves the machine is
``postil.gate.redact``, built on these detectors).

Two families of detectors run over the raw text (no parsing, so .env, YAML, JSON,
INI, shell, Dockerfiles and source in any language all work):

* **Known formats** (provider tokens, private key blocks, credentials in URLs):
  found by a literal anchor (``ghp_``, ``AKIA``, ``-----BEGIN`` ...) with
  ``str.find`` and then matched at that position with a bounded regex, so a
  file without the anchor costs one substring search and no pattern can
  backtrack over a long line.
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
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote

from postil.core.deadline import Deadline

__all__ = [
    "SECRET_RULES",
    "SecretMatch",
    "SecretRule",
    "rule_by_id",
    "scan_secrets",
]

_CWE_798 = "https://cwe.mitre.org/data/definitions/798.html"
_CWE_259 = "https://cwe.mitre.org/data/definitions/259.html"
_CWE_321 = "https://cwe.mitre.org/data/definitions/321.html"
_ROTATE = (
    "Revoke and rotate it now (it is in the history), then load it from the environment "
    "or a secret manager instead of the source."
)


@dataclass(frozen=True)
class SecretRule:
    """Describes one detector, for ``postil rules list`` and the docs."""

    id: str
    name: str
    message: str
    note: str
    severity: str
    url: str


@dataclass(frozen=True)
class SecretMatch:
    """One detected secret: ``text[start:end]`` is the secret value itself."""

    rule: str
    start: int
    end: int


def _rule(
    slug: str,
    name: str,
    what: str,
    severity: str = "error",
    url: str = _CWE_798,
    note: str = _ROTATE,
    message: str | None = None,
) -> SecretRule:
    return SecretRule(
        id=f"secrets/{slug}",
        name=name,
        message=message
        or f"{what} committed in source: anyone who can read the repository can use it",
        note=note,
        severity=severity,
        url=url,
    )


SECRET_RULES: tuple[SecretRule, ...] = (
    _rule("aws-access-key-id", "AWS access key ID", "AWS access key ID"),
    _rule("aws-secret-access-key", "AWS secret access key", "AWS secret access key"),
    _rule("gcp-api-key", "Google API key", "Google API key"),
    _rule(
        "gcp-service-account-key",
        "Google Cloud service account key",
        "Google Cloud service account private key",
        url=_CWE_321,
    ),
    _rule(
        "google-oauth-client-secret",
        "Google OAuth client secret",
        "Google OAuth client secret",
    ),
    _rule(
        "azure-storage-account-key",
        "Azure storage account key",
        "Azure storage account key (AccountKey=)",
    ),
    _rule(
        "azure-shared-access-key",
        "Azure shared access key",
        "Azure Service Bus / Event Hubs shared access key",
    ),
    _rule("github-token", "GitHub token", "GitHub token"),
    _rule(
        "gitlab-token", "GitLab personal access token", "GitLab personal access token"
    ),
    _rule("slack-token", "Slack token", "Slack API token"),
    _rule(
        "slack-webhook-url",
        "Slack webhook URL",
        "Slack incoming webhook URL (it is the credential)",
    ),
    _rule(
        "stripe-secret-key",
        "Stripe live secret key",
        "Stripe live secret or restricted key",
    ),
    _rule(
        "stripe-test-secret-key",
        "Stripe test secret key",
        "Stripe test-mode secret key (no money at stake, but it exposes the test account)",
        severity="info",
    ),
    _rule(
        "stripe-webhook-secret",
        "Stripe webhook signing secret",
        "Stripe webhook signing secret (anyone holding it can forge Stripe events)",
    ),
    _rule(
        "azure-sas-token",
        "Azure shared access signature",
        "Azure shared access signature (a signed URL grants its permissions until it expires)",
        note="Revoke it (rotate the account key it was signed with, or delete the stored "
        "access policy) and hand out short-lived SAS tokens at run time instead.",
    ),
    _rule("openai-api-key", "OpenAI API key", "OpenAI API key"),
    _rule("anthropic-api-key", "Anthropic API key", "Anthropic API key"),
    _rule("twilio-api-key", "Twilio API key", "Twilio API key SID"),
    _rule("twilio-auth-token", "Twilio auth token", "Twilio auth token"),
    _rule("sendgrid-api-key", "SendGrid API key", "SendGrid API key"),
    _rule("npm-token", "npm access token", "npm access token"),
    _rule("pypi-token", "PyPI upload token", "PyPI upload token"),
    _rule("huggingface-token", "Hugging Face token", "Hugging Face access token"),
    _rule(
        "shopify-token", "Shopify access token", "Shopify access token or shared secret"
    ),
    _rule("mailgun-api-key", "Mailgun API key", "Mailgun API key"),
    _rule("discord-bot-token", "Discord bot token", "Discord bot token"),
    _rule("telegram-bot-token", "Telegram bot token", "Telegram bot token"),
    _rule("digitalocean-token", "DigitalOcean token", "DigitalOcean access token"),
    _rule("databricks-token", "Databricks token", "Databricks personal access token"),
    _rule("square-token", "Square token", "Square access token or OAuth secret"),
    _rule("postman-api-key", "Postman API key", "Postman API key"),
    _rule(
        "age-secret-key", "age secret key", "age encryption secret key", url=_CWE_321
    ),
    _rule(
        "jwt",
        "JSON Web Token",
        "JSON Web Token (may still be valid and carry a session)",
        severity="info",
        note="If it is a real token, revoke the session or rotate the signing "
        "key; use generated tokens in tests instead of captured ones.",
    ),
    _rule(
        "private-key",
        "Private key",
        "Private key block",
        url=_CWE_321,
        note="Treat the key as compromised: replace it, and keep keys in a secret store or "
        "mounted file outside the repository.",
    ),
    _rule(
        "url-credentials",
        "Credentials in URL",
        "Password in a URL (scheme://user:password@host)",
        note="Rotate the password and build the URL from environment variables or a secret manager.",
    ),
    _rule(
        "hardcoded-password",
        "Hard-coded password",
        "Password",
        message="Password hard-coded as a literal: anyone who can read the source can use it",
        severity="warning",
        url=_CWE_259,
        note="If it is real, rotate it; read it from the environment or a secret manager "
        "(os.environ, process.env, a vault) and keep only placeholders in the source.",
    ),
    _rule(
        "generic-secret",
        "Hard-coded secret, token or API key",
        "Secret",
        message="Secret, token or API key hard-coded as a literal: anyone who can read the source can use it",
        severity="warning",
        note="If it is real, rotate it; read it from the environment or a secret manager "
        "and keep only placeholders in the source.",
    ),
)

_RULES_BY_ID = {r.id: r for r in SECRET_RULES}


def rule_by_id(rule_id: str) -> SecretRule:
    """The SecretRule for an id (``KeyError`` if unknown)."""
    return _RULES_BY_ID[rule_id]


# --------------------------------------------------------------------------- helpers

_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_WORDCH = _ALNUM | {"_"}
_HEX = frozenset("0123456789abcdefABCDEF")


def _entropy(s: str) -> float:
    """Shannon entropy in bits per character."""
    if not s:
        return 0.0
    n = len(s)
    counts: dict[str, int] = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def _char_classes(s: str) -> int:
    """How many of lower, upper, digit and other characters ``s`` has."""
    if not s:
        return 0
    lower = any(map(str.islower, s))
    upper = any(map(str.isupper, s))
    digit = any(map(str.isdigit, s))
    if s.isascii():  # every ASCII letter is upper or lower case
        other = not s.isalnum()
    else:
        other = any(not (ch.islower() or ch.isupper() or ch.isdigit()) for ch in s)
    return lower + upper + digit + other


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
    if len(value) < 10 or _char_classes(value) < 3:
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
    return len(parts) >= 2 and all(p.isalpha() and len(p) >= 3 for p in parts)


def _word_like(value: str) -> bool:
    """Made of dictionary-looking words (``SuperSecret``, ``Summer2024``), not random."""
    if _WORDY_RE.fullmatch(value):
        return True
    letters = "".join(ch for ch in value if ch.isalpha())
    if not letters.isascii():
        return value.isalpha()  # a word in another script: a label or translation
    segments = _CAMEL_SPLIT_RE.findall(value)
    return bool(segments) and sum(map(len, segments)) / len(segments) >= 3


# --------------------------------------------------------------------------- known-format detectors


@dataclass(frozen=True)
class _Detector:
    rule: str
    anchors: tuple[
        str, ...
    ]  # literal found with str.find; the match starts at the anchor
    pattern: re.Pattern[str]
    max_len: int = 300  # the regex never looks further than this from the anchor
    priority: int = 3
    prefix: int = 0  # characters of public prefix kept visible by redact()
    boundary_before: bool = True  # the anchor must not continue a word
    boundary_after: bool = True  # the match must not be followed by a word character
    validate: Callable[[str, str, int], bool] | None = (
        None  # (value, text, start) -> keep?
    )
    context: str | None = None  # lower-case word that must appear in the text at all


def _not_placeholder_tail(prefix_len: int) -> Callable[[str, str, int], bool]:
    def check(value: str, text: str, start: int) -> bool:
        tail = value[prefix_len:]
        low = tail.lower()
        if "xxxx" in low or "example" in low or "0000000000" in tail or "your" in low:
            return False
        return len(set(tail)) >= 6

    return check


def _random_tail(
    prefix_len: int, min_entropy: float = 3.0
) -> Callable[[str, str, int], bool]:
    base = _not_placeholder_tail(prefix_len)

    def check(value: str, text: str, start: int) -> bool:
        tail = value[prefix_len:]
        return (
            base(value, text, start)
            and _entropy(tail) >= min_entropy
            and _char_classes(tail) >= 2
        )

    return check


def _aws_key_id(value: str, text: str, start: int) -> bool:
    return not value.endswith("EXAMPLE") and _not_placeholder_tail(4)(
        value, text, start
    )


def _mailgun(value: str, text: str, start: int) -> bool:
    window = text[max(0, start - 300) : start].lower()
    return "mailgun" in window or "mg_" in window or "mg." in window


def _slack_webhook(value: str, text: str, start: int) -> bool:
    parts = value.split("/")
    return _not_placeholder_tail(0)(parts[-1], text, start) and "T00000000" not in value


def _azure_key(value: str, text: str, start: int) -> bool:
    # The storage emulator (Azurite) key is published and identical everywhere.
    return not value.startswith("Eby8vdM02xNOcqF") and _not_placeholder_tail(0)(
        value, text, start
    )


def _b64json(segment: str) -> object:
    padded = segment + "=" * (-len(segment) % 4)
    try:
        return json.loads(base64.urlsafe_b64decode(padded))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


def _jwt(value: str, text: str, start: int) -> bool:
    head, body, _sig = value.split(".", 2)
    header = _b64json(head)
    if (
        not isinstance(header, dict)
        or "alg" not in header
        or str(header.get("alg")).lower() == "none"
    ):
        return False
    payload = _b64json(body)
    if not isinstance(payload, dict):
        return False
    return payload.get("sub") != "1234567890"  # the jwt.io sample


def _openai(value: str, text: str, start: int) -> bool:
    if value.startswith("sk-ant-"):
        return False
    return _random_tail(3, 3.5)(value, text, start)


def _telegram(value: str, text: str, start: int) -> bool:
    return re.search(
        r"(?<![0-9])[0-9]{8,10}:\Z", text[max(0, start - 12) : start]
    ) is not None and _random_tail(2, 3.5)(value, text, start)


def _huggingface(value: str, text: str, start: int) -> bool:
    tail = value[3:]
    return (
        any(c.isupper() for c in tail)
        and any(c.islower() for c in tail)
        and _entropy(tail) >= 3.5
        and _not_placeholder_tail(3)(value, text, start)
    )


_SAS_SIG_RE = re.compile(r"[A-Za-z0-9+/]{43}=")
_SAS_VERSION_RE = re.compile(r"(?:^|[?&;\s\"'])sv=\d{4}-\d\d-\d\d&")


def _azure_sas(value: str, text: str, start: int) -> bool:
    """``sig=`` is an HMAC-SHA256 in base64 (44 characters, URL-encoded) and the query
    carries a signed version ``sv=YYYY-MM-DD`` earlier on the same line."""
    if not _SAS_SIG_RE.fullmatch(unquote(value)):
        return False
    line_start = text.rfind("\n", max(0, start - 2000), start) + 1
    return _SAS_VERSION_RE.search(
        text, max(line_start, start - 2000), start
    ) is not None and _not_placeholder_tail(0)(value, text, start)


_SID_NAME_RE = re.compile(r"(?i)sid[\"'`]?\]?[ \t]*(?::=|=>|[:=])[ \t]*[\"'`]?\Z")


def _twilio_key(value: str, text: str, start: int) -> bool:
    # A key SID is the user name half of the pair; the secret is the credential. When the
    # code names it a SID (``TWILIO_API_KEY_SID = "SK..."``) it is an identifier.
    if _SID_NAME_RE.search(text, max(0, start - 12), start):
        return False
    return _random_tail(2)(value, text, start)


def _d(rule: str, anchors: str | tuple[str, ...], pattern: str, **kw) -> _Detector:
    if isinstance(anchors, str):
        anchors = (anchors,)
    return _Detector(f"secrets/{rule}", anchors, re.compile(pattern), **kw)


_DETECTORS: tuple[_Detector, ...] = (
    _d(
        "aws-access-key-id",
        ("AKIA", "ASIA", "ABIA", "ACCA"),
        r"A(?:KIA|SIA|BIA|CCA)[A-Z2-7]{16}",
        prefix=4,
        validate=_aws_key_id,
    ),
    _d(
        "gcp-api-key",
        "AIza",
        r"AIza[0-9A-Za-z_-]{35}",
        prefix=4,
        validate=_random_tail(4),
    ),
    _d(
        "google-oauth-client-secret",
        "GOCSPX-",
        r"GOCSPX-[0-9A-Za-z_-]{28}",
        prefix=7,
        validate=_random_tail(7),
    ),
    _d(
        "azure-storage-account-key",
        "AccountKey=",
        r"AccountKey=(?P<v>[A-Za-z0-9+/]{86}==)",
        boundary_before=False,
        boundary_after=False,
        validate=_azure_key,
    ),
    _d(
        "azure-shared-access-key",
        "SharedAccessKey=",
        r"SharedAccessKey=(?P<v>[A-Za-z0-9+/]{42,43}=)",
        boundary_before=False,
        boundary_after=False,
        validate=_not_placeholder_tail(0),
    ),
    _d(
        "github-token",
        ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
        r"gh[pousr]_[A-Za-z0-9]{36}",
        prefix=4,
        validate=_random_tail(4),
    ),
    _d(
        "github-token",
        "github_pat_",
        r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
        prefix=11,
        validate=_random_tail(11),
    ),
    _d(
        "gitlab-token",
        "glpat-",
        r"glpat-[A-Za-z0-9_-]{20}(?:[A-Za-z0-9_-]{0,60}(?:\.[0-9a-z]{2}\.[0-9a-z]{9})?)?",
        prefix=6,
        validate=_random_tail(6),
    ),
    _d(
        "slack-token",
        ("xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-"),
        r"xox[abprse]-(?:[0-9]{1,20}-){1,4}[A-Za-z0-9]{8,64}(?:-[A-Za-z0-9]{8,64})?",
        prefix=5,
        validate=_not_placeholder_tail(5),
    ),
    _d(
        "slack-webhook-url",
        "hooks.slack.com/",
        r"hooks\.slack\.com/(?:services|workflows|triggers)/T[A-Z0-9]{6,12}/[AB][A-Z0-9]{6,12}/[A-Za-z0-9]{20,40}",
        prefix=16,
        validate=_slack_webhook,
    ),
    _d(
        "stripe-secret-key",
        ("sk_live_", "rk_live_"),
        r"[sr]k_live_[A-Za-z0-9]{20,247}",
        prefix=8,
        validate=_random_tail(8),
    ),
    _d(
        "stripe-test-secret-key",
        ("sk_test_", "rk_test_"),
        r"[sr]k_test_[A-Za-z0-9]{20,247}",
        prefix=8,
        validate=_random_tail(8),
    ),
    _d(
        "stripe-webhook-secret",
        "whsec_",
        r"whsec_[A-Za-z0-9]{24,100}",
        prefix=6,
        validate=_random_tail(6),
    ),
    _d(
        "azure-sas-token",
        "sig=",
        r"sig=(?P<v>[A-Za-z0-9%+/]{40,130})",
        boundary_before=False,
        validate=_azure_sas,
    ),
    _d(
        "anthropic-api-key",
        "sk-ant-",
        r"sk-ant-[a-z]{3,8}\d{2}-[A-Za-z0-9_-]{40,200}",
        prefix=7,
        validate=_random_tail(14, 3.5),
    ),
    _d(
        "openai-api-key",
        "sk-",
        r"sk-(?:(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{40,300}"
        r"|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|[A-Za-z0-9]{48})",
        prefix=3,
        validate=_openai,
        priority=2,
    ),
    _d("twilio-api-key", "SK", r"SK[0-9a-f]{32}", prefix=2, validate=_twilio_key),
    _d(
        "sendgrid-api-key",
        "SG.",
        r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
        prefix=3,
        validate=_random_tail(3),
    ),
    _d("npm-token", "npm_", r"npm_[A-Za-z0-9]{36}", prefix=4, validate=_random_tail(4)),
    _d(
        "pypi-token",
        ("pypi-AgEIcHlwaS5vcmc", "pypi-AgENdGVzdC5weXBpLm9yZw"),
        r"pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000}",
        prefix=5,
        max_len=1100,
        validate=_not_placeholder_tail(24),
    ),
    _d("huggingface-token", "hf_", r"hf_[A-Za-z]{34}", prefix=3, validate=_huggingface),
    _d(
        "shopify-token",
        ("shpat_", "shpca_", "shppa_", "shpss_"),
        r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}",
        prefix=6,
        validate=_random_tail(6),
    ),
    _d("mailgun-api-key", "key-", r"key-[0-9a-f]{32}", prefix=4, validate=_mailgun),
    _d(
        "telegram-bot-token",
        "AA",
        r"AA[A-Za-z0-9_-]{33}",
        boundary_before=False,
        validate=_telegram,
    ),
    _d(
        "digitalocean-token",
        ("dop_v1_", "doo_v1_", "dor_v1_"),
        r"do[por]_v1_[a-f0-9]{64}",
        prefix=7,
        validate=_random_tail(7),
    ),
    _d(
        "databricks-token",
        "dapi",
        r"dapi[a-f0-9]{32}(?:-\d)?",
        prefix=4,
        validate=_random_tail(4),
    ),
    _d(
        "square-token",
        ("sq0atp-", "sq0csp-", "EAAA"),
        r"sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43}|EAAA[A-Za-z0-9_-]{60}",
        prefix=4,
        validate=_random_tail(7),
    ),
    _d(
        "postman-api-key",
        "PMAK-",
        r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}",
        prefix=5,
        validate=_random_tail(5),
    ),
    _d(
        "age-secret-key",
        "AGE-SECRET-KEY-1",
        r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
        prefix=16,
        validate=_not_placeholder_tail(16),
    ),
    _d(
        "jwt",
        "eyJ",
        r"eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{16,2000}",
        max_len=12100,
        priority=2,
        validate=_jwt,
    ),
)

# Discord bot tokens have no literal prefix; only looked for in text that mentions discord.
_DISCORD_RE = re.compile(
    r"(?<![A-Za-z0-9_-])[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_-])"
)

_PRIVATE_KEY_HEAD_RE = re.compile(
    r"-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----"
)
_PRIVATE_KEY_TAIL_RE = re.compile(
    r"-----END[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----"
)
_PEM_HEADER_LINE_RE = re.compile(
    r"(?:Proc-Type|DEK-Info|Comment|Version|Hash|Charset):[^\n\\]*"
)
_PEM_NOISE_RE = re.compile(r"\\[nr]|[\s\"'+,`;]|\\$")
_B64_CHARS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
)


def _scan_private_keys(text: str, out: list[tuple[int, int, str, int, int]]) -> None:
    pos = text.find("-----BEGIN")
    while pos != -1:
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
        pos = text.find("-----BEGIN", nxt)


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


def _scan_url_credentials(text: str, out: list[tuple[int, int, str, int, int]]) -> None:
    pos = text.find("://")
    while pos != -1:
        m = _URL_CRED_RE.match(text, pos, pos + 700)
        if m and _URL_SCHEME_RE.search(text, max(0, pos - 31), pos):
            user, pw, host = m.group("user"), m.group("pw"), m.group("host").lower()
            if _url_password_is_real(user, pw, host):
                out.append(
                    (m.start("pw"), m.end("pw"), "secrets/url-credentials", 2, 0)
                )
        pos = text.find("://", pos + 3)


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
        and _char_classes(pw) == 4
        and _entropy(pw) >= 3.0
        and not _word_like(pw)
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
_IDENT_CHARS = _WORDCH | {"-", "."}
_KEY_WORD_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_ANNOTATION_RE = re.compile(r"[ \t]*[A-Za-z_][\w.\[\], |]{0,80}?[ \t]*=(?!=)")
_UNQUOTED_RE = re.compile(r"[^\s'\"`;,&)<>|}\]]{1,512}")
_AUTH_SCHEME_RE = re.compile(
    r"(?i)(?:bearer|basic|token|digest|apikey|api-key|sso-key|key)\s+"
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
    """``sdf0o9823sjdfsdf``-style strings typed for docs and tests (home-row heavy)."""
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
        and not _word_like(value)
        and _entropy(value) >= 3.0
    )


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
    if value[0] in "$%@&*!{<[(~/\\." or value.startswith("0x"):
        return False
    if (
        low.endswith(_PATH_EXTENSIONS)
        or value.count("/") >= 2
        and "=" not in value
        and _char_classes(value) <= 2
    ):
        return False
    if _SPACE_RE.search(value):
        return False
    if value.isdigit():
        return False
    if not quoted:
        if "(" in value or "[" in value or _DOTTED_IDENT_RE.fullmatch(value):
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
        if len(value) < 6 or (value.isalpha() and _word_like(value)):
            return False
        return _char_classes(value) >= 2 and _entropy(value) >= 2.0
    if _word_like(value) or len(value) < 16:
        return False
    if (
        _LOWER_DIGITS_RE.fullmatch(value)
        and not _HEX_RE.fullmatch(value)
        and len(value) < 20
    ):
        return False
    if (
        _DOTTED_IDENT_RE.fullmatch(value)
        or re.fullmatch(r"[A-Za-z]+(?:[_-][A-Za-z0-9]+)+", value)
        and _entropy(value) < 3.5
    ):
        return False
    return _entropy(value) >= 3.0 and _char_classes(value) >= 2


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


def _scan_assignments(
    text: str, low: str, out: list[tuple[int, int, str, int, int]]
) -> None:
    n = len(text)
    seen: set[int] = set()
    for kw in _KEYWORDS:
        p = low.find(kw)
        while p != -1:
            _check_assignment(text, n, p, len(kw), seen, out)
            p = low.find(kw, p + len(kw))


def _check_assignment(
    text: str,
    n: int,
    p: int,
    kwlen: int,
    seen: set[int],
    out: list[tuple[int, int, str, int, int]],
) -> None:
    e = _KEY_TAIL_RE.match(text, p + kwlen, min(n, p + kwlen + 80)).end()
    if not _OP_AHEAD_RE.match(text, e, min(n, e + 40)):
        if e - p == 8 and e < n and text[e] in " \t":
            _check_sql_password(text, p, e, out)
        return  # cheap exit for the vast majority of keyword hits
    # expand to the identifier around the keyword
    s = p
    lo = max(0, p - 80)
    while s > lo and text[s - 1] in _IDENT_CHARS:
        s -= 1
    if s in seen:
        return
    seen.add(s)
    if s > 1 and text[s - 1] == ":" and text[s - 2] in _ALNUM:
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
    # python string prefixes r"", b"", u""; f-strings are templates
    if text[i] in _PY_STRING_PREFIX and i + 1 < line_end and text[i + 1] in "\"'":
        i += 1
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
    m = _UNQUOTED_RE.match(text, i, line_end)
    if not m:
        return
    _accept(text, kind, words, m.start(), m.end(), False, out)


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
    if value.startswith("eyJ") and value.count(".") == 2:
        return  # a JWT: the jwt detector decides
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
_ENV_LINE_RE = re.compile(r"\nENV ")  # a regex: faster than str.find for this needle
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
    text: str, low: str, out: list[tuple[int, int, str, int, int]]
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
    p = low.find("identified")
    while p != -1:
        m = _SQL_IDENTIFIED_RE.match(text, p)
        if m:
            _accept(
                text, "password", ("password",), m.start("qv"), m.end("qv"), True, out
            )
        p = low.find("identified", p + 10)
    # Dockerfile ``ENV KEY value`` (the legacy form without ``=``), at the start of a line
    starts = [0] if text.startswith("ENV ") else []
    starts += [e.start() + 1 for e in _ENV_LINE_RE.finditer(text)]
    for p in starts:
        m = _DOCKER_ENV_RE.match(text, p)
        if m:
            classified = _classify_key(m.group("k"))
            span = _flag_value(m)
            if classified is not None and span is not None:
                _accept(text, *classified, *span, out)


def _scan_name_value_pairs(
    text: str, low: str, out: list[tuple[int, int, str, int, int]]
) -> None:
    """Kubernetes / ECS environment lists: the name is the key, the value the secret."""
    for anchor, width in (("value:", 6), ('"value"', 7)):
        p = low.find(anchor)
        while p != -1:
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
                            p = low.find(anchor, p + width)
                            continue
                        i += 1
                    _value_after(text, i, classified, out)
            p = low.find(anchor, p + width)


def _value_after(
    text: str,
    i: int,
    classified: tuple[str, tuple[str, ...]],
    out: list[tuple[int, int, str, int, int]],
) -> None:
    line_end = text.find("\n", i)
    line_end = len(text) if line_end == -1 else line_end
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
_RUN_ANCHORS: tuple[tuple[str, _Detector], ...] = tuple(
    (a, d)
    for d in _DETECTORS
    for a in d.anchors
    if d.rule
    not in {
        "secrets/azure-storage-account-key",
        "secrets/azure-shared-access-key",
        "secrets/slack-webhook-url",
        "secrets/azure-sas-token",
    }
)
_RUN_BY_FIRST: dict[str, tuple[tuple[str, _Detector], ...]] = {}
for _anchor, _det in _RUN_ANCHORS:
    _RUN_BY_FIRST[_anchor[0]] = (*_RUN_BY_FIRST.get(_anchor[0], ()), (_anchor, _det))
_FIND_DETECTORS = tuple(
    d
    for d in _DETECTORS
    if d.rule
    in {
        "secrets/azure-storage-account-key",
        "secrets/azure-shared-access-key",
        "secrets/slack-webhook-url",
        "secrets/azure-sas-token",
    }
)


def _try_detector(
    det: _Detector,
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
    vs, ve = (m.start("v"), m.end("v")) if "v" in det.pattern.groupindex else (pos, end)
    if det.validate is not None and not det.validate(text[vs:ve], text, vs):
        return -1
    out.append((vs, ve, det.rule, det.priority, det.prefix))
    return end


def _scan_known(text: str, low: str, out: list[tuple[int, int, str, int, int]]) -> None:
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
            for anchor, det in _RUN_BY_FIRST.get(text[q], ()) if q < e else ():
                if (
                    text.startswith(anchor, q)
                    and _try_detector(det, text, q, e, out) != -1
                ):
                    break
        p = runs.find(_RUN_MIN, e)
    for det in _FIND_DETECTORS:
        for anchor in det.anchors:
            pos = text.find(anchor)
            while pos != -1:
                end = _try_detector(det, text, pos, n, out)
                pos = text.find(anchor, max(end, pos + len(anchor)))
    if "discord" in low:
        for m in _DISCORD_RE.finditer(text):
            if _random_tail(0, 3.5)(m.group(), text, m.start()):
                out.append((m.start(), m.end(), "secrets/discord-bot-token", 3, 0))


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # a few code points change length when lower-cased
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return low


def _candidates(text: str, deadline: Deadline | None = None) -> list[tuple[int, int, str, int, int]]:
    """Every detector's candidates; ``deadline`` is checked between the passes (each
    is linear in the text's length)."""
    out: list[tuple[int, int, str, int, int]] = []
    low = _lower_same_length(text)
    passes = (
        lambda: _scan_known(text, low, out),
        lambda: _scan_private_keys(text, out),
        lambda: _scan_url_credentials(text, out),
        lambda: _scan_assignments(text, low, out),
        lambda: _scan_commands(text, low, out),
        lambda: _scan_name_value_pairs(text, low, out),
    )
    for run_pass in passes:
        run_pass()
        if deadline is not None:
            deadline.check("the secret scan")
    if "kind:" in text and "data:" in text:
        judged: set[tuple[int, int]] = set()
        _scan_k8s_secret_data(text, out, judged)
        if judged:  # the raw base64 was judged decoded; drop the guess made on it
            out = [c for c in out if c[3] > 1 or (c[0], c[1]) not in judged]
    return out


def _select(
    cands: list[tuple[int, int, str, int, int]],
) -> list[tuple[int, int, str, int, int]]:
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


def scan_secrets(text: str, deadline: Deadline | None = None) -> list[SecretMatch]:
    """Every secret value in ``text``: sorted by start, non-overlapping. Raises
    :class:`TimeLimitExceeded` once ``deadline`` passes."""
    if not text:
        return []
    return [
        SecretMatch(rule, s, e)
        for s, e, rule, _prio, _prefix in _select(_candidates(text, deadline))
    ]
