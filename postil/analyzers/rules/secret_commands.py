"""A secret handed to a program on its command line (shell scripts, Dockerfiles, compose
``command:`` arrays, CI steps), set by SQL, or given as a name/value pair; values are judged
like assignments."""

from __future__ import annotations

import re

from postil.analyzers.rules.secret_assignments import accept, classify_key, value_after
from postil.analyzers.rules.secret_candidate import Candidate
from postil.analyzers.rules.secret_literals import Found

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
    return classify_key(low)


def scan_commands(
    text: str, low: str, found: Found, out: list[Candidate]
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
                    accept(
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
        accept(text, *classified, *span, out)
    for m in _SHORT_FLAG_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = low[line_start : m.start()]
        for programs, rx in _SHORT_FLAG_FORMS[text[m.start() + 1]]:
            if any(prog in before for prog in programs):
                fm = rx.match(text, m.start())
                span = _flag_value(fm) if fm else None
                if span is not None:
                    accept(text, "password", ("password",), *span, out)
                break
    for p in found.folded["identified"]:  # "identified" cannot overlap itself
        m = _SQL_IDENTIFIED_RE.match(text, p)
        if m:
            accept(
                text, "password", ("password",), m.start("qv"), m.end("qv"), True, out
            )
    # Dockerfile ``ENV KEY value`` (the legacy form without ``=``), at the start of a line
    starts = [0] if text.startswith("ENV ") else []
    starts += [e + 1 for e in found.cased["\nENV "]]
    for p in starts:
        m = _DOCKER_ENV_RE.match(text, p)
        if m:
            classified = classify_key(m.group("k"))
            span = _flag_value(m)
            if classified is not None and span is not None:
                accept(text, *classified, *span, out)


def scan_name_value_pairs(
    text: str, low: str, found: Found, out: list[Candidate]
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
                classified = classify_key(key)
                if classified is not None and "public" not in classified[1]:
                    i = p + width
                    if anchor[0] == '"':
                        while i < len(text) and text[i] in " \t":
                            i += 1
                        if text[i : i + 1] != ":":
                            continue
                        i += 1
                    value_after(text, i, classified, out)


