"""Markdown and notification text from a model or a repository is data: shown, never interpreted.

* :func:`markdown` — for every Markdown postil sends an editor (hover, Explain): no raw HTML,
  no images, no reference definitions or tables, links only to documentation hosts (or to
  https addresses the caller vouches for); any other http(s) address stays visible as code
  text, other schemes — ``command:``, ``file:``, ``vscode:``, ``javascript:`` — are dropped.
  Size-capped.
* :func:`notice` — a line for an editor's notifications: plain text with no ``[label](target)``
  (VS Code makes that a link there, and runs a ``command:`` target on a click).

The plain-text helpers they build on live in the core, where the rules use them too:
``postil.core.terminal`` (the CLI's escape filter), ``postil.core.plain_text`` (a finding's
message), ``postil.core.web_address`` (a rule's documentation ``url``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from urllib.parse import urlsplit

from postil.core.plain_text import plain
from postil.core.web_address import https_url

MAX_MARKDOWN_CHARS = 20_000

# Hosts whose pages a link in an explanation may open (language and security references).
DOC_HOSTS = frozenset({
    "docs.python.org", "peps.python.org", "developer.mozilla.org", "owasp.org", "cheatsheetseries.owasp.org",
    "cwe.mitre.org", "nodejs.org", "go.dev", "pkg.go.dev", "doc.rust-lang.org", "docs.oracle.com",
    "learn.microsoft.com", "en.cppreference.com", "ruby-doc.org", "www.php.net", "docs.astral.sh",
    "ast-grep.github.io", "semgrep.dev", "kotlinlang.org", "docs.swift.org",
})


def notice(text: str) -> str:
    """``text`` for an editor's notification area: no control characters, no link syntax."""
    return plain(text).replace("](", "] (")


def _live(safe: str | None, links: frozenset[str]) -> bool:
    """Whether a safe https address may stay a live link: on a documentation host or one of
    ``links``, with no second address inside it (a renderer may link that part on its own)."""
    if safe is None:
        return False
    parts = urlsplit(safe)
    inside = safe[len("https://") + len(parts.netloc):]
    return not _AUTOLINKED.search(inside) and (parts.hostname in DOC_HOSTS or safe in links)


# --- Markdown -------------------------------------------------------------------------------
# The output is built so that any CommonMark/GFM renderer reads it one way: fenced code is
# re-fenced by us at column 0, code spans are re-delimited by us on one line, and every other
# character that could start a link, image, autolink, HTML, a reference definition or a table
# cell (``[ ] < ` \ |``) is escaped. Only links we write ourselves are live.
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})(.*)$")
_INFO = re.compile(r"[\w+#.-]{1,30}")
_BACKTICKS = re.compile(r"`+")
_ADDRESS_SCHEME = re.compile(
    r"(?:https?|ftp|file|command|vscode|vscode-[a-z-]+|javascript|vbscript|data|mailto|xmpp|ssh|git|ms-[a-z-]+)",
    re.IGNORECASE)
# Renderers link an address wherever ``http://``, ``www.`` or an ``@`` sits, even inside a word.
_AUTOLINKED = re.compile(r"://|www\.|@", re.IGNORECASE)
# Linear time on any text (a note or an answer is untrusted): no part scans past a bracket that
# could start another match, and an e-mail address is found from its ``@``.
_INLINE = re.compile(
    r"(?P<image>!\[(?P<alt>[^\[\]]*)\]\([^()\[\]]*\))"
    r"|(?P<link>\[(?P<label>[^\[\]]*)\]\(\s*(?:<(?P<angled>[^<>\n]*)>|(?P<url>[^)\s<>\[\]]*))"
    r"(?:\s+(?:\"[^\"\[\]]*\"|'[^'\[\]]*'))?\s*\))"
    r"|(?P<address>(?:(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,30}:|(?i:https?://|ftp://|www\.))[^\s<>()\[\]`|\\\"']+"
    r")|(?P<mail>@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+)")  # its local part is taken from the text before it
_MAIL_LOCAL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-"
_SPECIAL = re.compile(r"[\\`\[\]|<]")
_ESCAPED = {"<": "&lt;"}


def _escape(text: str) -> str:
    """Plain text that no Markdown renderer turns into a link, image, HTML, code or table cell."""
    return _SPECIAL.sub(lambda m: _ESCAPED.get(m.group(), "\\" + m.group()), text)


def _code(text: str) -> str:
    """``text`` as a code span on one line (as plain text if a table row could split it at a ``|``)."""
    if "|" in text or not text:
        return _text(text, frozenset())
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    fence = "`" * (longest + 1)
    return f"{fence} {text} {fence}" if longest else f"`{text}`"


def _link(label: str, url: str) -> str:
    """A live link to a safe https address (in ``<>`` when parentheses would end it early)."""
    return f"[{label}](<{url}>)" if "(" in url or ")" in url else f"[{label}]({url})"


def _inline(match: re.Match, links: frozenset[str]) -> str:
    if match.group("image") is not None:
        return _text(match.group("alt"), links)  # no image is ever loaded: its description stays
    if match.group("link") is not None:
        label, url = _text(match.group("label"), links), match.group("angled") or match.group("url") or ""
        safe = https_url(url)
        if _live(safe, links):
            return _link(label, safe)
        if urlsplit(url).scheme.lower() in ("http", "https"):
            return f"{label} ({_code(url)})"
        return label
    address = match.group("address")
    scheme = address.split(":", 1)[0] if ":" in address else ""
    safe = https_url(address)
    if _live(safe, links):
        return f"<{safe}>"
    if _AUTOLINKED.search(address) or _ADDRESS_SCHEME.fullmatch(scheme):
        return _code(address)  # shown, never a link
    return _escape(address)


def _joined(pieces: list[str]) -> str:
    """Pieces side by side, a space between two backtick runs (two runs that touch are one run)."""
    out = ""
    for piece in pieces:
        out += " " + piece if out.endswith("`") and piece.startswith("`") else piece
    return out


def _text(text: str, links: frozenset[str]) -> str:
    out, cursor = [], 0
    for match in _INLINE.finditer(text):
        before = text[cursor: match.start()]
        if match.group("mail") is not None:
            plain = before.rstrip(_MAIL_LOCAL)
            out += [_escape(plain), _code(before[len(plain):] + match.group())]  # shown, never a mailto: link
        else:
            out += [_escape(before), _inline(match, links)]
        cursor = match.end()
    out.append(_escape(text[cursor:]))
    return _joined(out)


def _prose_line(line: str, links: frozenset[str]) -> str:
    """One line outside code blocks: code spans (a run of n backticks up to the next run of
    exactly n) re-delimited, everything else neutralised by :func:`_text`."""
    runs = list(_BACKTICKS.finditer(line))
    by_length: dict[int, list[int]] = {}
    for number, run in enumerate(runs):
        by_length.setdefault(len(run.group()), []).append(number)
    out, cursor, number = [], 0, 0
    while number < len(runs):
        opening = runs[number]
        same = by_length[len(opening.group())]
        later = bisect_right(same, number)
        if later == len(same):
            number += 1
            continue
        closing = runs[same[later]]
        out.append(_text(line[cursor: opening.start()], links))
        out.append(_code(line[opening.end(): closing.start()]))
        cursor, number = closing.end(), same[later] + 1
    out.append(_text(line[cursor:], links))
    return _joined(out)


def _code_block(info: str, lines: list[str]) -> list[str]:
    """A fenced block, fenced again at column 0 by a backtick run longer than any inside it."""
    longest = max((len(run) for line in lines for run in _BACKTICKS.findall(line)), default=0)
    fence = "`" * max(3, longest + 1)
    language = info.split()[0] if info.split() and _INFO.fullmatch(info.split()[0]) else ""
    return [fence + language, *lines, fence]


def markdown(text: str, limit: int = MAX_MARKDOWN_CHARS, links: tuple[str, ...] = ()) -> str:
    """Markdown from a model or a repository made safe to render (see the module docstring):
    links stay live only to documentation hosts or to the https addresses in ``links``."""
    allowed = frozenset(filter(None, map(https_url, links)))
    text = plain(text)
    cut = len(text) > limit
    if cut:
        text = text[:limit]
    out: list[str] = []
    block: list[str] | None = None
    fence = info = ""
    for line in text.split("\n"):
        if block is None:
            opened = _FENCE.match(line)
            if opened:
                block, fence, info = [], opened.group(1), opened.group(2)
            else:
                out.append(_prose_line(line, allowed))
        elif line.strip().startswith(fence) and not line.strip().strip(fence[0]):
            out.extend(_code_block(info, block))
            block = None
        else:
            block.append(line)
    if block is not None:
        out.extend(_code_block(info, block))  # close a block the cut (or the model) left open
    result = "\n".join(out)
    if cut:
        result += f"\n\n*(cut at {limit:,} characters)*"
    return result
