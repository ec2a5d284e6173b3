"""Text from a model or a repository is data: shown, never interpreted.

* :func:`terminal` — for the CLI: every character a terminal would not show as itself
  (escape sequences such as colours, cursor moves, OSC clipboard writes and hyperlinks;
  C0/C1 controls; bidi and other invisible characters) is written out (``\x1b``, ``\n``,
  ``\u202e``), so it is seen and never interpreted. Everything postil prints passes it
  (``postil.console`` guards stdout and stderr with it).
* :func:`markdown` — for every Markdown postil sends an editor (hover, Explain): no raw HTML,
  no images, no reference definitions or tables, links only to documentation hosts (or to
  https addresses the caller vouches for); any other http(s) address stays visible as code
  text, other schemes — ``command:``, ``file:``, ``vscode:``, ``javascript:`` — are dropped.
  Size-capped.
* :func:`https_url` — a rule's documentation ``url``: kept only if it is a plain https address.
* :func:`message` — a finding's message: plain text, one size cap.
* :func:`notice` — a line for an editor's notifications: plain text with no ``[label](target)``
  (VS Code makes that a link there, and runs a ``command:`` target on a click).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from urllib.parse import urlsplit, urlunsplit

MAX_MARKDOWN_CHARS = 20_000
MAX_MESSAGE_CHARS = 1_000

# Hosts whose pages a link in an explanation may open (language and security references).
DOC_HOSTS = frozenset({
    "docs.python.org", "peps.python.org", "developer.mozilla.org", "owasp.org", "cheatsheetseries.owasp.org",
    "cwe.mitre.org", "nodejs.org", "go.dev", "pkg.go.dev", "doc.rust-lang.org", "docs.oracle.com",
    "learn.microsoft.com", "en.cppreference.com", "ruby-doc.org", "www.php.net", "docs.astral.sh",
    "ast-grep.github.io", "semgrep.dev", "kotlinlang.org", "docs.swift.org",
})

_ESCAPES = re.compile(
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL / ST (titles, hyperlinks, clipboard)
    r"|\x1b[P^_X][^\x1b]*(?:\x1b\\)?"  # DCS / PM / APC / SOS strings
    r"|\x1b\[[0-?]*[ -/]*[@-~]"  # CSI (colours, cursor moves, line erase)
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|\x9d[^\x07\x9c]*[\x07\x9c]?"  # 8-bit OSC
    r"|\x1b[ -/]*[0-~]?"  # any other ESC sequence
)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def _plain(text: str) -> str:
    """``text`` without escape sequences or control characters (newline and tab kept): for
    text the editor shows or JSON carries."""
    if text.isascii() and text.isprintable():
        return text
    return _CONTROLS.sub("", _ESCAPES.sub("", text.replace("\r\n", "\n")))


_NOT_PRINTABLE_ASCII = re.compile(r"[^ -~]")
_NOT_PRINTABLE_ASCII_OR_LINES = re.compile(r"[^ -~\n\t]")
_WRITTEN_OUT = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}
# Printable by ``str.isprintable`` yet shown as nothing or as a blank: fillers and blank letters
# (a name made of them looks empty), the combining grapheme joiner, Khmer inherent vowels,
# Mongolian and Unicode variation selectors (two names that look the same).
_INVISIBLE = re.compile("[\u115f\u1160\u3164\uffa0\u2800\u034f\u17b4\u17b5\u180b-\u180d\ufe00-\ufe0f"
                        "\U000e0100-\U000e01ef]")


def _written_out(char: str) -> str:
    code = ord(char)
    if char in _WRITTEN_OUT:
        return _WRITTEN_OUT[char]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def terminal(text: str, *, lines: bool = False) -> str:
    """``text`` as one line a terminal shows literally: each character that is not printable
    (``str.isprintable``: controls, escapes, bidi and format characters, line separators,
    surrogates from undecodable file names) or that shows as nothing (``_INVISIBLE``) is written out
    as ``\\x1b``, ``\\n``, ``\\u202e``. ``lines=True``: newlines and tabs stay (a block)."""
    if text.isascii() and text.isprintable():
        return text
    if lines:
        text = text.replace("\r\n", "\n")

    def show(match: re.Match) -> str:
        char = match.group()
        return char if char.isprintable() and not _INVISIBLE.match(char) else _written_out(char)

    return (_NOT_PRINTABLE_ASCII_OR_LINES if lines else _NOT_PRINTABLE_ASCII).sub(show, text)


def message(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """A model's finding message as plain, bounded text."""
    clean = _plain(text).strip()
    return clean if len(clean) <= limit else clean[: limit - 1].rstrip() + "…"


MAX_URL_CHARS = 2_000
# What an address may hold, unencoded: RFC 3986's characters without brackets (an IPv6 host)
# or anything an editor, a Markdown renderer or a terminal reads as more than an address.
_URL_TEXT = re.compile(r"[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]+")
_HOST_NAME = re.compile(r"(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*")


def https_url(url: object) -> str | None:
    """``url`` as a link an editor may open: an ``https://`` address with a host name, no user
    part, no spaces, controls, quotes, backslashes or brackets (normalised: scheme and host in
    lower case). Anything else — ``command:``, ``file:``, ``vscode:``, ``javascript:``, ``data:``,
    ``//host``, ``https:host``, ``https://user@host`` — is None."""
    if not isinstance(url, str) or len(url) > MAX_URL_CHARS or not _URL_TEXT.fullmatch(url):
        return None
    if not url[:8].lower() == "https://":
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    host = parts.hostname or ""
    netloc = parts.netloc.lower()
    if not _HOST_NAME.fullmatch(host) or netloc not in (host, f"{host}:{port}"):
        return None
    return urlunsplit(("https", netloc, parts.path, parts.query, parts.fragment))


def notice(text: str) -> str:
    """``text`` for an editor's notification area: no control characters, no link syntax."""
    return _plain(text).replace("](", "] (")


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
    text = _plain(text)
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
