"""Secret detection for any text file (masking before text leaves the machine is
``postil.gate.redact``, built on these detectors).

Two families of detectors run over the raw text (no parsing, so .env, YAML, JSON,
INI, shell, Dockerfiles and source in any language all work):

* **Known formats** (provider tokens): rule data in ``secrets.toml``, loaded by
  ``secret_formats`` (a project adds its own there too). Each is found by a
  literal anchor (``ghp_``, ``AKIA`` ...) at the start of a run of token
  characters or with ``str.find``, then matched at that position with a bounded
  regex, so a file without the anchor costs next to nothing and no pattern can
  backtrack over a long line. Private key blocks and credentials in URLs are code
  (``secret_blocks``).
* **Generic assignments** (``password = "..."``, ``API_KEY=...``,
  ``"token": "..."``, ``Password: "..."``, ``<password>..</password>``): found
  by keyword (``pass``, ``secret``, ``token``, ``auth``, ``api_key`` ...) in
  the lower-cased text, then the identifier around the keyword, the operator
  and the literal value are parsed by hand (``secret_assignments``, and
  ``secret_commands`` for command lines and SQL).  Most of the work is saying
  *no* (``secret_values``, ``secret_placeholders``): placeholders, templates, environment lookups, expressions, type
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
from collections.abc import Container
from dataclasses import dataclass
from functools import cache

from postil.analyzers.rules.secret_assignments import (
    KEYWORDS,
    classify_key,
    scan_assignments,
)
from postil.analyzers.rules.secret_blocks import scan_private_keys, scan_url_credentials
from postil.analyzers.rules.secret_candidate import Candidate
from postil.analyzers.rules.secret_commands import scan_commands, scan_name_value_pairs
from postil.analyzers.rules.secret_formats import (
    Detector,
    SecretRule,
    builtin_detectors,
    builtin_rules,
)
from postil.analyzers.rules.secret_literals import Found, Occurrences
from postil.analyzers.rules.secret_measures import ALNUM, WORDCH
from postil.analyzers.rules.secret_validators import random_tail
from postil.analyzers.rules.secret_values import value_ok
from postil.core.deadline import Deadline

__all__ = [
    "SECRET_RULES",
    "SecretMatch",
    "candidates",
    "rule_by_id",
    "scan_secrets",
    "select",
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


# --------------------------------------------------------------------------- known-format detectors

_DETECTORS = builtin_detectors()

# Discord bot tokens have no literal prefix; only looked for in text that mentions discord.
_DISCORD_RE = re.compile(
    r"(?<![A-Za-z0-9_-])[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_-])"
)


# --------------------------------------------------------------------------- Kubernetes Secret data

_K8S_SECRET_RE = re.compile(r"^kind:[ \t]*[\"']?Secret[\"']?[ \t]*$", re.MULTILINE)
_K8S_DATA_RE = re.compile(r"^data:[ \t]*$", re.MULTILINE)
_K8S_DOC_SEPARATOR_RE = re.compile(r"\n---")
_K8S_DATA_ITEM_RE = re.compile(
    r"[ \t]+(?P<k>[\w.-]{1,253}):[ \t]*(?P<q>[\"']?)(?P<v>[A-Za-z0-9+/]{4,}={0,2})(?P=q)[ \t]*$",
    re.MULTILINE,
)


def _scan_k8s_secret_data(
    text: str,
    out: list[Candidate],
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
    out: list[Candidate],
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
        out.append(Candidate(vs, ve, inner[0].rule, 2, 0))
        return
    classified = classify_key(m.group("k"))
    if classified is None or "public" in classified[1]:
        return
    value = decoded.strip()
    if (
        value
        and "\n" not in value
        and value_ok(classified[0], value, classified[1], True)
    ):
        rule = (
            "secrets/hardcoded-password"
            if classified[0] == "password"
            else "secrets/generic-secret"
        )
        out.append(Candidate(vs, ve, rule, 2, 0))


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
_FOLDED_LITERALS = (*KEYWORDS, "identified", "value:", '"value"', "discord")


@cache
def _literals() -> tuple[Occurrences, Occurrences]:
    """The literals looked for in a text, and in its lower-cased copy."""
    return (Occurrences([*(a for d in _FIND_DETECTORS for a in d.anchors), *_CASED_LITERALS]),
            Occurrences([*_FOLDED_LITERALS, *(k for d in _SEARCH_DETECTORS for k in d.anchors)]))


def _keep(det: Detector, text: str, m: re.Match[str], out: list[Candidate]) -> bool:
    vs, ve = det.value_span(m)
    if vs == ve or not det.accepts(text[vs:ve], text, vs):
        return False
    out.append(Candidate(vs, ve, det.rule, det.priority, det.prefix))
    return True


def _try_detector(
    det: Detector,
    text: str,
    pos: int,
    n: int,
    out: list[Candidate],
) -> int:
    """Match ``det`` at ``pos``; returns the end of an accepted match or -1."""
    if det.boundary_before and pos > 0 and text[pos - 1] in ALNUM:
        return -1
    m = det.pattern.match(text, pos, min(n, pos + det.max_len))
    if not m:
        return -1
    end = m.end()
    if det.boundary_after and end < n and text[end] in WORDCH:
        return -1
    return end if _keep(det, text, m, out) else -1


def _scan_known(text: str, found: Found, out: list[Candidate]) -> None:
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
                out.append(Candidate(m.start(), m.end(), "secrets/discord-bot-token", 3, 0))


def _search(
    detectors: tuple[Detector, ...],
    text: str,
    mentions: Container[str],
    out: list[Candidate],
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
    found = Found(cased.find(text), folded.find(low))
    passes = (
        lambda: _scan_known(text, found, out),
        lambda: _search(extra, text, low, out, deadline, relpath),
        lambda: scan_private_keys(text, found, out),
        lambda: scan_url_credentials(text, found, out),
        lambda: scan_assignments(text, found, out),
        lambda: scan_commands(text, low, found, out),
        lambda: scan_name_value_pairs(text, low, found, out),
    )
    for run_pass in passes:
        run_pass()
        if deadline is not None:
            deadline.check("the secret scan")
    if found.cased["kind:"] and found.cased["data:"]:
        judged: set[tuple[int, int]] = set()
        _scan_k8s_secret_data(text, out, judged)
        if judged:  # the raw base64 was judged decoded; drop the guess made on it
            out = [c for c in out if c.priority > 1 or (c.start, c.end) not in judged]
    return out


def select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping matches, most specific (then longest) first, in text order."""
    kept: list[Candidate] = []  # sorted by start, non-overlapping
    starts: list[int] = []
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        i = bisect.bisect_right(starts, c.start)
        if i > 0 and kept[i - 1].end > c.start:
            continue
        if i < len(kept) and kept[i].start < c.end:
            continue
        kept.insert(i, c)
        starts.insert(i, c.start)
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
    return [SecretMatch(c.rule, c.start, c.end) for c in select(candidates(text, deadline, extra, relpath))]
