"""Generic assignments (``password = "..."``, ``API_KEY=...``, ``"token": "..."``,
``<password>..</password>``, setters, Terraform defaults, ``#define``): found by keyword in the
lower-cased text, then the name around the keyword, the operator and the literal value are
parsed by hand and the value judged by ``secret_values``."""

from __future__ import annotations

import base64
import binascii
import re
from functools import lru_cache

from postil.analyzers.rules.secret_blocks import url_password_is_real
from postil.analyzers.rules.secret_candidate import Candidate
from postil.analyzers.rules.secret_literals import Found
from postil.analyzers.rules.secret_measures import ALNUM, WORDCH, char_classes
from postil.analyzers.rules.secret_validators import b64json
from postil.analyzers.rules.secret_values import value_ok

# Found in the lower-cased text; each hit is expanded to the identifier around it.
KEYWORDS = ("pass", "pwd", "secret", "token", "auth", "cred", "key")
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
_IDENT_STRIP = "".join(sorted(WORDCH | {"-", "."}))  # str.rstrip's argument
_KEY_WORD_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_ANNOTATION_RE = re.compile(r"[ \t]*&?[A-Za-z_][\w.\[\], |]{0,80}?[ \t]*=(?!=)")  # Rust's &str too
# an unquoted value runs to a space or a delimiter; "&" ends it only before "&" or a space
UNQUOTED_RE = re.compile(r"(?:[^\s'\"`;,&)<>|}\]]|&(?![&\s])){1,512}")
_AUTH_SCHEME_RE = re.compile(
    r"(?i)(?:bearer|basic|token|digest|apikey|api-key|sso-key|key|ssws)\s+"
)
_PY_STRING_PREFIX = frozenset("rRbBuU")


@lru_cache(maxsize=4096)
def classify_key(key: str) -> tuple[str, tuple[str, ...]] | None:
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


def read_quoted(text: str, i: int, n: int) -> tuple[int, int] | None:
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
    return url_password_is_real(user, pw, "basic-auth.header") if pw else False


def scan_assignments(text: str, found: Found, out: list[Candidate]) -> None:
    n = len(text)
    seen: set[int] = set()
    for kw in KEYWORDS:  # none of them can overlap itself
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
    out: list[Candidate],
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
    if s > 1 and text[s - 1] == ":" and text[s - 2] in ALNUM and not text.endswith("$env:", 0, s):
        return  # a segment of a colon path: arn:aws:secretsmanager:...:secret:name
    key = text[s:e].lstrip("-.")
    classified = classify_key(key)
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
        accept(text, kind, words, i + 1, close, True, out)
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
            accept(text, kind, words, i + 2, close, True, out)
        return
    if text[i] in "\"'`":
        if text[i - 1 : i] in "fF" and i > 0 and text[i - 1] in "fF":
            return
        span = read_quoted(text, i, line_end)
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
        accept(text, kind, words, vs, ve, True, out)
        return
    fallback = _FALLBACK_RE.search(text, i, line_end)
    if fallback:  # process.env.X || 'value', os.environ.get("X") or "value": the default is literal
        span = read_quoted(text, fallback.end(), line_end)
        if span is not None:
            accept(text, kind, words, span[0], span[1], True, out)
        return
    if "authorization" in words:  # a header inside a string: Authorization: Bearer <token>
        scheme = _AUTH_SCHEME_RE.match(text, i, line_end)
        if scheme:
            i = scheme.end()
    m = UNQUOTED_RE.match(text, i, line_end)
    if not m:
        return
    accept(text, kind, words, m.start(), m.end(), False, out)

SQL_USER_STMT_RE = re.compile(
    r"(?i)\b(?:create|alter)[ \t]+(?:user|role|login)\b[^;\n]{0,200}\Z"
)
SQL_PASSWORD_VALUE_RE = re.compile(r"[ \t]*(?:=[ \t]*)?(?P<q>')(?P<qv>[^'\n]{1,200})'")

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


def _check_setter(text: str, p: int, e: int, out: list[Candidate]) -> None:
    """``client.setApiKey("...")``, ``hcloud.WithToken("...")``: a setter given a literal;
    ``HTTPBasicAuth("user", "...")``: a user and password pair."""
    s = _ident_start(text, p)
    classified = classify_key(text[s:e])
    if classified is None or "public" in classified[1]:
        return
    if classified[1][0] in ("set", "with"):
        m = _SETTER_ARG_RE.match(text, e)
        if m is not None:
            value_after(text, m.end(), classified, out)
    elif classified[1][-1] == "auth" and len(classified[1]) > 1:
        _check_user_pair(text, e, out)


def _check_user_pair(text: str, i: int, out: list[Candidate]) -> None:
    m = _USER_ARG_RE.match(text, i)
    if m is not None:
        value_after(text, m.end(), ("password", ("password",)), out)


_TF_VARIABLE_RE = re.compile(r"variable[ \t]+\"\Z")
_TF_DEFAULT_RE = re.compile(r"\"[ \t]*\{(?:[^{}]{0,600}?)\n[ \t]*default[ \t]*=[ \t]*(?=\")")


def _check_tf_variable(text: str, p: int, e: int, out: list[Candidate]) -> None:
    """Terraform ``variable "db_password" { default = "..." }``: the default is the secret."""
    if text[e] != '"':
        return
    s = _ident_start(text, p)
    if not _TF_VARIABLE_RE.search(text, max(0, s - 20), s):
        return
    m = _TF_DEFAULT_RE.match(text, e)
    classified = classify_key(text[s:e]) if m else None
    if classified is not None and "public" not in classified[1]:
        value_after(text, m.end(), classified, out)


# a line holding only a name and one value: Gradle's storePassword "...", redis' requirepass ...
_DIRECTIVE_QUOTED_RE = re.compile(r"[ \t]+(?=[\"'][^\"'\n]{1,200}[\"'][;,]?[ \t]*(?:\n|\Z))")
_DIRECTIVE_BARE_RE = re.compile(r"[ \t]+(?=[^\s\"';]{1,200}[ \t]*(?:\n|\Z))")
# aws configure set NAME VALUE, fish's set -x NAME VALUE
_SET_COMMAND_RE = re.compile(r"(?<![\w-])set[ \t]+(?:-[A-Za-z]{1,3}[ \t]+)?\Z")
_PLIST_STRING_RE = re.compile(r"</key>\s{0,40}<string>(?P<v>[^<\n]{1,512})</string>")


def _check_directive(text: str, p: int, e: int, out: list[Candidate]) -> None:
    s = _ident_start(text, p)
    newline = text.rfind("\n", max(0, s - 200), s)
    not_first = bool(newline == -1 and s > 200 or text[newline + 1 : s].strip(" \t"))
    if not_first and not _SET_COMMAND_RE.search(text, max(0, s - 40), s):
        return  # neither the first word of its line nor set by a command
    set_command = not_first  # the first word of its line has no command before it
    classified = classify_key(text[s:e])
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
        value_after(text, m.end(), classified, out)


def _check_plist(text: str, p: int, e: int, out: list[Candidate]) -> None:
    """``<key>API_KEY</key><string>...</string>`` in an Apple property list."""
    s = _ident_start(text, p)
    m = _PLIST_STRING_RE.match(text, e) if text.endswith("<key>", 0, s) else None
    classified = classify_key(text[s:e]) if m else None
    if classified is not None and "public" not in classified[1]:
        accept(text, *classified, m.start("v"), m.end("v"), True, out)


_DEFINE_RE = re.compile(r"#[ \t]*define[ \t]+\Z")
_DEFINE_VALUE_RE = re.compile(r"[ \t]+(?=[\"'])")


def _check_define(text: str, p: int, e: int, out: list[Candidate]) -> None:
    """``#define WIFI_PASSWORD "..."`` (C, C++, Arduino)."""
    m = _DEFINE_VALUE_RE.match(text, e)
    if m is None:
        return
    s = _ident_start(text, p)
    if not _DEFINE_RE.search(text, max(0, s - 20), s):
        return
    classified = classify_key(text[s:e])
    if classified is not None and "public" not in classified[1]:
        value_after(text, m.end(), classified, out)


def _check_call_pair(text: str, p: int, e: int, out: list[Candidate]) -> None:
    """("DB_PASSWORD", "value") in an argument list: define(), setdefault(), getenv
    defaults, put(), setProperty() (``p:e`` spans the keyword and the rest of the name)."""
    m = _PAIR_AHEAD_RE.match(text, e)
    if m is None:
        return
    s = _ident_start(text, p)
    if s == 0 or text[s - 1] != text[e]:
        return
    classified = classify_key(text[s:e])
    if classified is not None and "public" not in classified[1]:
        value_after(text, m.end(), classified, out)


def _check_sql_password(
    text: str, p: int, e: int, out: list[Candidate]
) -> None:
    """``CREATE USER app WITH PASSWORD 'x'`` (``p:e`` spans the word password)."""
    if text[p:e].lower() != "password":
        return
    m = SQL_PASSWORD_VALUE_RE.match(text, e)
    if not m:
        return
    line_start = text.rfind("\n", max(0, p - 300), p) + 1
    if SQL_USER_STMT_RE.search(text, max(line_start, p - 300), p):
        accept(text, "password", ("password",), m.start("qv"), m.end("qv"), True, out)


def accept(
    text: str,
    kind: str,
    words: tuple[str, ...],
    vs: int,
    ve: int,
    quoted: bool,
    out: list[Candidate],
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
    if not value_ok(kind, value, words, quoted):
        return
    if (
        "aws" in words or "amazon" in words or words[-3:] == ("secret", "access", "key")
    ) and re.fullmatch(r"[A-Za-z0-9/+]{40}", value):
        out.append(Candidate(vs, ve, "secrets/aws-secret-access-key", 3, 0))
        return
    if "twilio" in words and re.fullmatch(r"[0-9a-f]{32}", value):
        out.append(Candidate(vs, ve, "secrets/twilio-auth-token", 3, 0))
        return
    rule = (
        "secrets/hardcoded-password" if kind == "password" else "secrets/generic-secret"
    )
    out.append(Candidate(vs, ve, rule, 1, 0))


def value_after(
    text: str,
    i: int,
    classified: tuple[str, tuple[str, ...]],
    out: list[Candidate],
) -> None:
    line_end = text.find("\n", i, i + 4096)
    line_end = min(len(text), i + 4096) if line_end == -1 else line_end
    while i < line_end and text[i] in " \t":
        i += 1
    if i >= line_end:
        return
    if text[i] in "\"'":
        span = read_quoted(text, i, line_end)
        if span is not None:
            accept(text, *classified, span[0], span[1], True, out)
        return
    m = UNQUOTED_RE.match(text, i, line_end)
    if m:
        accept(text, *classified, m.start(), m.end(), False, out)
