"""Secret rules as data: the bundled ``secrets.toml``, rules from the project config
(``secret-rules``) and gitleaks rule files (``gitleaks-rules``).

A rule says what is reported (id, name, message, severity, CWE, note); a
:class:`Detector` says how a known token format is found (keywords, regex, the
capture group holding the value, entropy, named validators, allowlist). The
validators and the heuristics around them (placeholders, the generic assignment
parser in ``secret_assignments.py``) stay code.

Rules from a repository are untrusted input: their regexes run on RE2 (linear time,
no backtracking, gitleaks' own syntax); one that does not compile, needs too much
memory or matches the empty string is refused with a :class:`RuleError` naming the
file and rule, and the other rules still run.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from postil.analyzers.rules.secret_validators import (
    VALIDATORS,
    Check,
    allowlist,
    min_entropy,
    random_tail,
)

if TYPE_CHECKING:
    from postil.analyzers.rules.rule_model import RuleError
    from postil.config import LoadedConfig

__all__ = [
    "Detector",
    "SecretRule",
    "builtin_detectors",
    "builtin_rules",
    "gitleaks_rules",
    "project_secret_rules",
    "user_rules",
]

DATA_FILE = Path(__file__).with_name("secrets.toml")
ROTATE = ("Revoke and rotate it now (it is in the history), then load it from the environment "
          "or a secret manager instead of the source.")
SEVERITIES = ("error", "warning", "info", "hint")
_CWE_RE = re.compile(r"CWE-(\d{1,5})")
_ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,80}")


@dataclass(frozen=True)
class SecretRule:
    """What one secret rule reports, for findings, ``postil rules list`` and the docs."""

    id: str
    name: str
    message: str
    note: str
    severity: str
    cwe: str

    @property
    def url(self) -> str:
        return f"https://cwe.mitre.org/data/definitions/{self.cwe.removeprefix('CWE-')}.html"


class PathFilter:
    """``search(relpath)``: the rule applies (its ``path`` matches, no allowlisted path does)."""

    def __init__(self, only: re.Pattern[str] | None, skips: tuple[re.Pattern[str], ...]):
        self.only, self.skips = only, skips

    def applies(self, relpath: str) -> bool:
        return (self.only is None or self.only.search(relpath) is not None) and not any(
            s.search(relpath) for s in self.skips)




class LazyRegex:
    """A bundled (trusted) regex, compiled when first used: a scan needs a few of the ~120
    detectors' (those whose keyword it meets), and compiling them all cost 10-20 ms CPU at every start."""

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return self._compiled

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(text, pos, endpos)

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled().search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(text)


@dataclass(frozen=True)
class Detector:
    """How one known token format is found (``rule`` is the full rule id)."""

    rule: str
    anchors: tuple[str, ...]  # literal keywords; an anchored regex is matched where one starts
    pattern: re.Pattern[str] | LazyRegex
    group: int | None = 0  # capture group holding the value (0: the whole match; None: its only group if it has one)
    max_len: int = 300  # an anchored regex never looks further than this from the anchor
    priority: int = 3
    prefix: int = 0  # characters of public prefix kept visible by redact()
    boundary_before: bool = True  # the anchor must not continue a word
    boundary_after: bool = True  # the match must not be followed by a word character
    anchored: bool = True  # False: keywords gate the text (any case), the regex is searched
    find: bool = False  # anchored, but found with str.find rather than at the start of a token run
    checks: tuple[Check, ...] = ()
    path: PathFilter | None = None  # which files the rule applies to (gitleaks ``path``, allowlisted paths)

    def accepts(self, value: str, text: str, start: int) -> bool:
        return all(check(value, text, start) for check in self.checks)

    def value_span(self, m: re.Match[str]) -> tuple[int, int]:
        """Where the value is in a match of ``pattern``."""
        if self.group is None:
            return m.span(1 if m.re.groups == 1 else 0)
        return m.span(self.group)


# --------------------------------------------------------------------------- reading rule data


class _Invalid(ValueError):
    """A rule entry that cannot be used; the message says what is wrong."""


def _str(entry: dict, key: str, default: str | None = None) -> str:
    value = entry.get(key, default)
    if not isinstance(value, str) or not value:
        raise _Invalid(f"{key!r} must be a non-empty string")
    return value


def _strings(entry: dict, key: str) -> tuple[str, ...]:
    value = entry.get(key, ())
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) and v for v in value):
        raise _Invalid(f"{key!r} must be a list of non-empty strings")
    return tuple(value)


def _number(entry: dict, key: str, default, low, high):
    value = entry.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise _Invalid(f"{key!r} must be a number from {low} to {high}")
    return value


def _rule_from(entry: dict, prefix: str) -> SecretRule:
    slug = _str(entry, "id")
    if not _ID_RE.fullmatch(slug):
        raise _Invalid("'id' may hold lower-case letters, digits, '.', '_' and '-' only")
    name = entry.get("name") or entry.get("description") or slug
    what = entry.get("what") or name
    severity = entry.get("severity", "error")
    if severity not in SEVERITIES:
        raise _Invalid(f"'severity' must be one of {', '.join(SEVERITIES)}")
    cwe = entry.get("cwe", "CWE-798")
    if not isinstance(cwe, str) or not _CWE_RE.fullmatch(cwe):
        raise _Invalid("'cwe' must look like 'CWE-798'")
    message = entry.get("message") or f"{what} committed in source: anyone who can read the repository can use it"
    return SecretRule(id=f"{prefix}{slug}", name=str(name), message=str(message),
                      note=str(entry.get("note") or ROTATE), severity=severity, cwe=cwe)


def _compile(source: str, untrusted: bool):
    """A trusted regex (the bundled data) with ``re``, when first used (``test_secret_rules_data``
    compiles them all); an untrusted one (a repository's rules) with RE2 now, whose matching
    time is linear in the text whatever the pattern (no backtracking), and whose syntax is
    gitleaks' (Go's regexp is RE2)."""
    if not untrusted:
        return LazyRegex(source)
    from postil.core.userregex import UserRegexError, re2_program

    try:
        pattern = re2_program(source)
    except UserRegexError as exc:
        raise _Invalid(f"regex does not compile (RE2 syntax, as in gitleaks): {exc}") from None
    if pattern.fullmatch(""):
        raise _Invalid("regex matches the empty string")
    return pattern


def _checks(entry: dict, tail: int, untrusted: bool) -> tuple[Check, ...]:
    checks: list[Check] = []
    limit = entry.get("entropy")
    if limit is not None:
        checks.append(random_tail(tail, _number(entry, "entropy", 0, 0, 8)))
    for name in _strings(entry, "validators"):
        if name not in VALIDATORS:
            raise _Invalid(f"unknown validator {name!r} (known: {', '.join(sorted(VALIDATORS))})")
        checks.append(VALIDATORS[name](tail))
    allow = tuple(_compile(r, untrusted) for r in _strings(entry, "allowlist"))
    stop = tuple(w.lower() for w in _strings(entry, "stopwords"))
    if allow or stop:
        checks.append(allowlist(allow, stop))
    return tuple(checks)


def _detector_from(rule_id: str, entry: dict, untrusted: bool) -> Detector:
    keywords = _strings(entry, "keywords")
    if not keywords:
        raise _Invalid("'keywords' must name at least one literal the value starts with")
    pattern = _compile(_str(entry, "regex"), untrusted)
    if isinstance(pattern, LazyRegex):  # not compiled yet: test_secret_rules_data checks the group
        group = entry.get("secret-group")
        if group is not None and (not isinstance(group, int) or group < 0):
            raise _Invalid("'secret-group' must be a group number")
    else:
        group = entry.get("secret-group", 1 if pattern.groups == 1 else 0)
        if not isinstance(group, int) or not 0 <= group <= pattern.groups:
            raise _Invalid(f"'secret-group' must be a group number from 0 to {pattern.groups}")
    prefix = _number(entry, "prefix", 0, 0, 40)
    anchored = entry.get("anchored", True) is not False
    return Detector(
        rule=rule_id, anchors=keywords if anchored else tuple(k.lower() for k in keywords), pattern=pattern,
        group=group, max_len=_number(entry, "max-len", 300, 1, 40000), priority=_number(entry, "priority", 3, 1, 3),
        prefix=prefix, boundary_before=entry.get("boundary-before", True) is not False,
        boundary_after=entry.get("boundary-after", True) is not False, anchored=anchored,
        find=entry.get("find", False) is True,
        checks=_checks(entry, _number(entry, "tail", prefix, 0, 40), untrusted),
    )


def _bundled_data() -> dict:
    """The parsed ``secrets.toml``, from the user's cache when an earlier run parsed the same
    bytes (tomllib takes ~10 ms CPU for it, on every check's start)."""
    from postil.core import usercache

    content = DATA_FILE.read_bytes()
    key = usercache.content_key(_CACHE_KIND, content)
    data = usercache.read_json(_CACHE_KIND, key)
    if not (isinstance(data, dict) and isinstance(data.get("rules"), list)):
        import tomllib  # only when the cache has not got it

        data = tomllib.loads(content.decode("utf-8"))
        usercache.write_json(_CACHE_KIND, key, data)
    return data


_CACHE_KIND = "secrets-toml"


@cache
def _builtin() -> tuple[tuple[SecretRule, ...], tuple[Detector, ...]]:
    data = _bundled_data()
    rules, detectors = [], []
    for entry in data["rules"]:
        rule = _rule_from(entry, "secrets/")
        rules.append(rule)
        detectors.extend(_detector_from(rule.id, d, untrusted=False) for d in entry.get("detectors", ()))
    return tuple(rules), tuple(detectors)


def builtin_rules() -> tuple[SecretRule, ...]:
    """The rules of the bundled ``secrets.toml``."""
    return _builtin()[0]


def builtin_detectors() -> tuple[Detector, ...]:
    """The known-format detectors of the bundled ``secrets.toml``."""
    return _builtin()[1]


# --------------------------------------------------------------------------- user rules


@dataclass(frozen=True)
class UserSecretRules:
    """Secret rules a project adds (config entries and a gitleaks file)."""

    rules: tuple[SecretRule, ...] = ()
    detectors: tuple[Detector, ...] = ()
    errors: tuple[RuleError, ...] = ()

    def __add__(self, other: UserSecretRules) -> UserSecretRules:
        return UserSecretRules(self.rules + other.rules, self.detectors + other.detectors, self.errors + other.errors)


def user_rules(entries: Iterable[dict], source: str, taken: set[str]) -> UserSecretRules:
    """Rules from the config's ``secret-rules`` list, in postil's own detector fields
    (``id``, ``regex``, ``keywords`` plus any of the bundled file's fields). The
    regex is searched through files holding a keyword (any case), not anchored."""
    from postil.analyzers.rules.rule_model import RuleError

    rules, detectors, errors = [], [], []
    for number, entry in enumerate(entries, start=1):
        rule_id = entry.get("id") if isinstance(entry, dict) else None
        try:
            if not isinstance(entry, dict):
                raise _Invalid("each entry must be a table")
            rule = _rule_from(entry, "secrets/custom/")
            if rule.id in taken:
                raise _Invalid("duplicate id")
            detector = _detector_from(rule.id, {"anchored": False, **entry}, untrusted=True)
        except _Invalid as exc:
            errors.append(RuleError(source, str(rule_id or f"entry {number}"), str(exc)))
            continue
        taken.add(rule.id)
        rules.append(rule)
        detectors.append(detector)
    return UserSecretRules(tuple(rules), tuple(detectors), tuple(errors))


def project_secret_rules(loaded: LoadedConfig) -> UserSecretRules:
    """A project's own secret rules: its ``secret-rules`` entries and the ``gitleaks-rules``
    file (which must sit inside the repository); problems come back as rule errors."""
    settings = loaded.settings
    source = str(loaded.path or loaded.root)
    taken = {r.id for r in builtin_rules()}
    found = user_rules(settings.secret_rules, f"{source}: secret-rules", taken) if settings.secret_rules else UserSecretRules()
    if settings.gitleaks_rules:
        path, refused = loaded.locate(settings.gitleaks_rules)
        if refused:
            from postil.analyzers.rules.rule_model import RuleError  # only for an error

            return found + UserSecretRules(errors=(RuleError(source, None, f"gitleaks-rules: {refused}"),))
        found = found + gitleaks_rules(path, taken)
    return found


def _gitleaks_allowlists(entry: dict, untrusted: bool) -> tuple[list[Check], re.Pattern[str] | None]:
    """Value checks and the path regex (files to skip) of ``allowlist``/``allowlists``."""
    tables = entry.get("allowlists", [])
    if isinstance(entry.get("allowlist"), dict):
        tables = [entry["allowlist"], *tables]
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise _Invalid("'allowlists' must be a list of tables")
    checks: list[Check] = []
    paths: list[str] = []
    for table in tables:
        regexes = tuple(_compile(r, untrusted) for r in _strings(table, "regexes"))
        stopwords = tuple(w.lower() for w in _strings(table, "stopwords"))
        target = table.get("regexTarget", "secret")
        if str(table.get("condition", "OR")).upper() == "AND" and (regexes or stopwords) and table.get("paths"):
            raise _Invalid("allowlists with condition = \"AND\" are not supported")
        if target == "line":
            checks.append(_line_allowlist(regexes))
            regexes = ()
        elif target not in ("secret", "match"):
            raise _Invalid(f"regexTarget {target!r} is not supported")
        if regexes or stopwords:
            checks.append(allowlist(regexes, stopwords))
        paths.extend(_strings(table, "paths"))
    path_re = _compile("|".join(f"(?:{p})" for p in paths), untrusted) if paths else None
    return checks, path_re


def _line_allowlist(regexes: tuple[re.Pattern[str], ...]) -> Check:
    def check(value: str, text: str, start: int) -> bool:
        lo = text.rfind("\n", 0, start) + 1
        hi = text.find("\n", start)
        line = text[lo : hi if hi != -1 else len(text)]
        return not any(r.search(line) for r in regexes)

    return check


def gitleaks_rules(path: Path, taken: set[str], display: str | None = None) -> UserSecretRules:
    """Rules from a gitleaks configuration file (``[[rules]]`` with ``id``,
    ``description``, ``regex``, ``secretGroup``, ``entropy``, ``keywords``, ``path``,
    ``allowlists``; a top-level ``[allowlist]``/``[[allowlists]]`` applies to all)."""
    from postil.analyzers.rules.rule_model import RuleError
    from postil.core.untrusted_toml import TomlError, read_toml

    source = display or str(path)
    try:
        data, _ = read_toml(path)
    except TomlError as exc:
        return UserSecretRules(errors=(RuleError(source, None, str(exc)),))
    entries = data.get("rules", [])
    if not isinstance(entries, list):
        return UserSecretRules(errors=(RuleError(source, None, "'rules' must be an array of tables ([[rules]])"),))
    try:
        shared, shared_path = _gitleaks_allowlists(data, untrusted=True)
    except _Invalid as exc:
        return UserSecretRules(errors=(RuleError(source, "allowlist", str(exc)),))
    rules, detectors, errors = [], [], []
    for number, entry in enumerate(entries, start=1):
        rule_id = entry.get("id") if isinstance(entry, dict) else None
        try:
            if not isinstance(entry, dict):
                raise _Invalid("each rule must be a table")
            if "regex" not in entry:
                raise _Invalid("a rule without 'regex' (path-only) is not supported: postil reads text, not file names")
            rule = _rule_from({"id": str(rule_id or "").lower(), "name": entry.get("description"),
                               "severity": "error"}, "secrets/gitleaks/")
            if rule.id in taken:
                raise _Invalid("duplicate id")
            pattern = _compile(_str(entry, "regex"), untrusted=True)
            group = entry.get("secretGroup", 1 if pattern.groups == 1 else 0)
            if not isinstance(group, int) or not 0 <= group <= pattern.groups:
                raise _Invalid(f"'secretGroup' must be a group number from 0 to {pattern.groups}")
            checks, skip_path = _gitleaks_allowlists(entry, untrusted=True)
            if entry.get("entropy") is not None:
                checks.insert(0, min_entropy(_number(entry, "entropy", 0, 0, 8)))
            only_path = _compile(_str(entry, "path"), untrusted=True) if "path" in entry else None
            keywords = tuple(k.lower() for k in _strings(entry, "keywords"))
        except _Invalid as exc:
            errors.append(RuleError(source, str(rule_id or f"rule {number}"), str(exc)))
            continue
        taken.add(rule.id)
        rules.append(rule)
        skips = tuple(p for p in (skip_path, shared_path) if p is not None)
        detectors.append(Detector(
            rule=rule.id, anchors=keywords, pattern=pattern, group=group, anchored=False,
            boundary_before=False, boundary_after=False, checks=(*checks, *shared),
            path=_path_filter(only_path, skips)))
    return UserSecretRules(tuple(rules), tuple(detectors), tuple(errors))


def _path_filter(only: re.Pattern[str] | None, skips: tuple[re.Pattern[str], ...]) -> PathFilter | None:
    return PathFilter(only, skips) if only is not None or skips else None
