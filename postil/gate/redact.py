"""Masking: what text looks like before it leaves the machine.

Reporting a secret needs certainty (``analyzers.rules.secrets``); masking it needs only
suspicion, because a masked non-secret costs nothing. So on top of everything the secret
detectors find, this masks:

* every line of a private-key body (base64 lines after a ``BEGIN … PRIVATE KEY`` line or
  before an ``END`` line, and any long base64 line on its own);
* high-entropy hex/base64 literals: long ones anywhere, shorter ones on a line that names a
  credential (``key``, ``secret``, ``token``, ``seed``, ``passwd``, ``auth``, ...) or right below one;
* the value of every ``KEY=value`` line in env-style files (``.env*``, ``*.env``, ``.envrc``);
* the password of every ``scheme://user:password@host`` URL, on any host;
* matches of the user's ``redact-patterns``;
* what the project's own secret rules find (``secret-rules``, ``gitleaks-rules``: the
  gate passes their detectors in).

All of it is looked for again in the text as a reader sees it when the text holds characters a
reader does not see (``gate.hidden_characters``): a token split by a zero-width space, a
direction mark or a terminal escape is masked whole, the hidden characters with it.

Masks keep the line structure (a masked multi-line block stays as many lines), so line
numbers in a prompt are the file's, and ``Masked`` maps offsets in the masked text back
to the original (a finding quoting masked text still lands on the real code).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from postil.analyzers.rules.secret_candidate import Candidate
from postil.analyzers.rules.secret_formats import Detector
from postil.analyzers.rules.secret_measures import char_classes, entropy
from postil.analyzers.rules.secret_placeholders import word_like
from postil.analyzers.rules.secrets import candidates, select
from postil.core.userregex import UserRegexError, compile_pattern
from postil.gate.hidden_characters import joined, seen, split_by_hidden

MASK_OPEN = "\u00abredacted"

_CREDENTIAL_WORD_RE = re.compile(
    r"(?i)key|secret|token|seed|pass|pwd|auth|cred|salt|private|signing|signature|bearer|cookie|session|"
    r"hmac|cert|mnemonic|nonce|sig\b|api"
)
_TOKEN_RE = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")  # a value, to blank out when looking for names
_DIGIT_RE = re.compile(r"[0-9]")
_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
_TOKEN_TABLE = bytes((97 if i in _B64.rstrip(b"=") + b"_-" else 32) for i in range(256))
_B64_TABLE = bytes((97 if i in _B64 else 32) for i in range(256))
_HEX_TOKEN_RE = re.compile(r"[0-9a-fA-F]+")
_LINE_NOISE = " \t\"'`,;+\\\r"
_B64_BODY_RE = re.compile(r"^[ \t]*[\"'`]?([A-Za-z0-9+/]{4,}={0,2})(?:\\n)?[\"'`]?[ \t]*[,;+]?[ \t]*\\?\r?$")
_KEY_HEAD_RE = re.compile(r"-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY[ A-Z]{0,10}-----")
_HEADERISH = re.compile(r"^[ \t]*(?:Proc-Type|DEK-Info|Comment|Version):|^[ \t]*[\"'`]?[ \t]*\r?$")  # PEM headers, blank lines
_KEY_TAIL_RE = re.compile(r"-----END[ A-Z0-9_-]{0,40}PRIVATE KEY[ A-Z]{0,10}-----")
_URL_PASSWORD_RE = re.compile(r"://[^\s:/@?#'\"`<>]{0,128}:([^\s/@?#'\"`<>]{1,256})@")
_SCHEME_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,30}\Z")
_ENV_LINE_RE = re.compile(r"^[ \t]*(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_.-]*[ \t]*[=:][ \t]*(\S.*?)[ \t]*\r?$", re.MULTILINE)
_ENV_NAMES = (".env", ".envrc", ".flaskenv")


def env_style(path: str | None) -> bool:
    """``.env``, ``.env.local``, ``prod.env``, ``.envrc``: files of ``KEY=value`` lines."""
    if not path:
        return False
    name = PurePosixPath(str(path).replace("\\", "/")).name.lower()
    return name in _ENV_NAMES or name.startswith(".env.") or name.endswith(".env")


@dataclass
class Masked:
    """Masked text plus where each mask sits: ``spans`` holds (original start, original end,
    masked start, masked end), in order."""

    text: str
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.spans)

    def original_offset(self, offset: int, *, end: bool = False) -> int:
        """The original offset for ``offset`` in the masked text (inside a mask: the masked
        value's start, or its end when ``end``)."""
        i = bisect.bisect_right([s[2] for s in self.spans], offset) - 1
        if i < 0:
            return offset
        o_start, o_end, m_start, m_end = self.spans[i]
        if offset < m_end or (end and offset == m_end):
            return o_end if end and offset > m_start else o_start
        return o_end + (offset - m_end)


def _runs(text: str, table: bytes, minimum: int):
    """(start, end) of every run of at least ``minimum`` characters that ``table`` maps to
    ``a``: one C pass over the text instead of a regex scan (see ``secrets._scan_known``)."""
    runs = text.encode("ascii", "replace").translate(table)  # one byte per code point
    needle = b"a" * minimum
    p = runs.find(needle)
    while p != -1:
        e = runs.find(b" ", p)
        e = len(runs) if e == -1 else e
        yield p, e
        p = runs.find(needle, e)


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


def _random_looking(token: str, near_credential: bool) -> bool:
    """Generated, not written: long hex, or mixed-class base64 with high entropy."""
    core = token.rstrip("=")
    if _HEX_TOKEN_RE.fullmatch(core):
        return len(core) >= (16 if near_credential else 32) and entropy(core) >= 2.8
    if (len(core) < 24 and not near_credential) or word_like(core.replace("/", "").replace("+", "")):
        return False
    if near_credential:
        return len(core) >= 16 and char_classes(core) >= 2 and entropy(core) >= 3.0
    return len(core) >= 24 and char_classes(core) >= 3 and entropy(core) >= 3.8


def _scan_key_bodies(text: str, out: list[Candidate]) -> None:
    """Base64 lines after a private-key header or before its footer, whole or not."""
    for start, end in _runs(text, _B64_TABLE, 40):  # a long base64 line on its own: a key body line
        body = text[start:end]
        lo, hi = _line_bounds(text, start)
        rest = text[lo:start] + text[end:hi].replace("\\n", "", 1)
        if not rest.strip(_LINE_NOISE) and char_classes(body) >= 3 and entropy(body) >= 4.0:
            out.append(Candidate(start, end, "private-key", 1, 0))
    if "PRIVATE KEY" not in text:
        return
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)

    def take(i: int) -> bool:
        m = _B64_BODY_RE.match(lines[i])
        if m is None:
            return False
        out.append(Candidate(offsets[i] + m.start(1), offsets[i] + m.end(1), "private-key", 1, 0))
        return True

    for m in _KEY_HEAD_RE.finditer(text):
        i = text.count("\n", 0, m.end()) + 1
        while i < len(lines) and (take(i) or _HEADERISH.match(lines[i])):
            i += 1
    for m in _KEY_TAIL_RE.finditer(text):
        i = text.count("\n", 0, m.start()) - 1
        while i >= 0 and take(i):
            i -= 1



def _near_credential(text: str, pos: int, lines: dict[int, bool]) -> bool:
    """Does the line of ``pos``, or the line above it, name a credential? (``lines``: the answer
    by line start, so that a line of thousands of tokens is read once, not once a token.)"""
    lo, hi = _line_bounds(text, pos)
    if lo not in lines:
        above = text[_line_bounds(text, lo - 1)[0] : lo] if lo else ""
        lines[lo] = bool(_CREDENTIAL_WORD_RE.search(_TOKEN_RE.sub(" ", above + text[lo:hi])))  # values name nothing
    return lines[lo]


def _scan_high_entropy(text: str, out: list[Candidate]) -> None:
    lines: dict[int, bool] = {}
    for start, end in _runs(text, _TOKEN_TABLE, 16):
        token = text[start:end]
        if _DIGIT_RE.search(token) is None:  # random values have digits; names rarely do
            continue
        if _random_looking(token, False) or (_random_looking(token, True) and _near_credential(text, start, lines)):
            out.append(Candidate(start, end, "high-entropy", 0, 0))


def _scan_url_passwords(text: str, out: list[Candidate]) -> None:
    pos = text.find("://")
    while pos != -1:
        m = _URL_PASSWORD_RE.match(text, pos, pos + 400)
        if m and _SCHEME_RE.search(text, max(0, pos - 31), pos) and not m.group(1).startswith(MASK_OPEN):
            out.append(Candidate(m.start(1), m.end(1), "url-password", 1, 0))
        pos = text.find("://", pos + 3)


def _scan_env_values(text: str, out: list[Candidate]) -> None:
    for m in _ENV_LINE_RE.finditer(text):
        value = m.group(1)
        if not value.startswith("#"):
            out.append(Candidate(m.start(1), m.end(1), "env-value", 1, 0))


# Matches of the redact-patterns in one text, past which the rest of the text from a pattern's
# next match on is masked whole: RE2 is linear per search, and each further match may scan on
# to the end of the text (`(?s)a.*z|a` on a megabyte of `a`s: quadratic, hours; capped, ~5 s).
MAX_PATTERN_MATCHES = 1000


def _pattern_candidates(text: str, patterns: Sequence[str], out: list[Candidate]) -> None:
    budget = MAX_PATTERN_MATCHES
    for pat in patterns:
        try:
            rx = compile_pattern(pat)
        except UserRegexError as exc:
            raise ValueError(f"invalid redaction pattern {pat!r}: {exc}") from None
        group = 1 if rx.groups else 0
        for m in rx.finditer(text):
            if budget == 0:
                out.append(Candidate(m.start(), len(text), "pattern", 0, 0))
                break
            budget -= 1
            if m.start(group) >= 0 and m.end(group) > m.start(group):
                out.append(Candidate(m.start(group), m.end(group), "pattern", 0, 0))


def _mask_for(text: str, start: int, rule: str, prefix: int) -> str:
    if prefix:
        return f"{MASK_OPEN}:{rule}:{text[start : start + prefix]}\u2026\u00bb"
    return f"{MASK_OPEN}:{rule}\u00bb"


def _candidates(text: str, extra_patterns: Sequence[str], path: str | None,
                detectors: tuple[Detector, ...]) -> list[Candidate]:
    cands = candidates(text, extra=detectors, relpath=path)
    _scan_key_bodies(text, cands)
    _scan_high_entropy(text, cands)
    _scan_url_passwords(text, cands)
    if env_style(path):
        _scan_env_values(text, cands)
    _pattern_candidates(text, extra_patterns, cands)
    return cands


def mask(text: str, extra_patterns: Sequence[str] = (), *, path: str | None = None,
         detectors: tuple[Detector, ...] = ()) -> Masked:
    """``text`` with every detected or suspected secret value masked (see the module doc).

    Masks look like ``«redacted:secrets/github-token:ghp_…»`` (a detector's rule and the
    token's public prefix) or ``«redacted:high-entropy»`` (a suspicion). A value spanning
    lines is masked line by line. ``path`` names the file (env-style files mask every value,
    path-scoped ``detectors`` apply by it); ``detectors`` are the project's own secret rules.
    Raises ``ValueError`` naming the pattern if an extra pattern is not a valid regex.
    """
    if not text:
        return Masked(text)
    chosen = select(_candidates(text, extra_patterns, path, detectors))
    view = seen(text)
    if view is not None:  # a secret split by characters a reader does not see: masked whole
        chosen = joined(chosen, select(split_by_hidden(view, _candidates(view.text, extra_patterns, path, detectors))))
    parts: list[str] = []
    spans: list[tuple[int, int, int, int]] = []
    rules: list[str] = []
    last = 0
    size = 0
    for s, e, rule, _prio, prefix in chosen:
        if text.startswith(MASK_OPEN, s):
            continue
        head = text[last:s]
        parts.append(head)
        size += len(head)
        rules.append(rule)
        piece_start = s
        for n, piece in enumerate(text[s:e].split("\n")):
            if n:
                parts.append("\n")
                size += 1
            if piece:
                replacement = _mask_for(text, piece_start, rule, prefix if n == 0 else 0)
                spans.append((piece_start, piece_start + len(piece), size, size + len(replacement)))
                parts.append(replacement)
                size += len(replacement)
            piece_start += len(piece) + 1
        last = e
    parts.append(text[last:])
    return Masked("".join(parts), spans, rules)


def redact(text: str, extra_patterns: Sequence[str] = (), *, path: str | None = None,
           detectors: tuple[Detector, ...] = ()) -> tuple[str, int]:
    """(masked text, number of masked values): ``mask`` for callers that need only the text."""
    masked = mask(text, extra_patterns, path=path, detectors=detectors)
    return masked.text, len(masked.rules)
