"""Text from a model or a repository is data: shown, never interpreted.

* :func:`terminal` — for the CLI: every character a terminal would not show as itself
  (escape sequences such as colours, cursor moves, OSC clipboard writes and hyperlinks;
  C0/C1 controls; bidi and other invisible characters) is written out (``\x1b``, ``\n``,
  ``\u202e``), so it is seen and never interpreted. Everything postil prints passes it
  (``postil.console`` guards stdout and stderr with it).
* :func:`markdown` — for Explain and other Markdown shown in an editor: no raw HTML, no
  images, links only to documentation hosts (any other http(s) address stays visible as
  code text, other schemes — ``command:``, ``file:``, ``javascript:`` — are dropped),
  size-capped.
* :func:`message` — a finding's message: plain text, one size cap.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

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


def doc_link(url: str) -> bool:
    """Whether ``url`` may stay a link: https on a documentation host."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme == "https" and (parts.hostname or "") in DOC_HOSTS and not parts.username


_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.DOTALL)
_REF_DEFINITION = re.compile(r"^(\s{0,3})\[([^\]]+)\]:", re.MULTILINE)
_INLINE = re.compile(
    r"(?P<image>!\[(?P<alt>[^\]]*)\](?:\([^)]*\)|\[[^\]]*\]))"
    r"|(?P<link>\[(?P<label>[^\]]*)\]\(\s*<?(?P<url>[^)\s>]*)>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\))"
    r"|(?P<bare>\b(?:[a-zA-Z][a-zA-Z0-9+.-]{1,20}):(?://)?[^\s<>()`]+)"
    r"|(?P<angle><)")
_URL_SCHEME = re.compile(r"^(?:https?|file|command|vscode|vscode-[a-z]+|javascript|data|ftp|mailto|ssh|git)$", re.IGNORECASE)


def _code(text: str) -> str:
    fence = "``" if "`" in text else "`"
    return f"{fence} {text} {fence}" if "`" in text else f"`{text}`"


def _inline(match: re.Match) -> str:
    if match.group("image") is not None:
        return match.group("alt")  # no image is ever loaded: its description stays
    if match.group("link") is not None:
        label, url = match.group("label"), match.group("url")
        if doc_link(url):
            return f"[{label}]({url})"
        if urlsplit(url).scheme in ("http", "https"):
            return f"{label} ({_code(url)})"
        return label
    if match.group("bare") is not None:
        bare = match.group("bare")
        scheme = bare.split(":", 1)[0]
        if not _URL_SCHEME.match(scheme):
            return bare
        return bare if doc_link(bare) else _code(bare)
    return "&lt;"  # raw HTML is shown as text


def _prose(text: str) -> str:
    """Markdown outside code: images, links, bare addresses and HTML neutralised."""
    out, cursor = [], 0
    for span in _CODE_SPAN.finditer(text):
        out.append(_INLINE.sub(_inline, text[cursor: span.start()]))
        out.append(span.group(0))
        cursor = span.end()
    out.append(_INLINE.sub(_inline, text[cursor:]))
    return _REF_DEFINITION.sub(r"\1\\[\2]:", "".join(out))


def markdown(text: str, limit: int = MAX_MARKDOWN_CHARS) -> str:
    """A model's Markdown made safe to render (see the module docstring)."""
    text = _plain(text)
    cut = len(text) > limit
    if cut:
        text = text[:limit]
    blocks: list[str] = []
    prose: list[str] = []
    fence: str | None = None
    for line in text.split("\n"):
        opened = _FENCE.match(line)
        if fence is None and opened:
            if prose:
                blocks.append(_prose("\n".join(prose)))
            prose = []
            fence = opened.group(1)[0] * len(opened.group(1))
            blocks.append(line)
        elif fence is not None:
            blocks.append(line)
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = None
        else:
            prose.append(line)
    if prose:
        blocks.append(_prose("\n".join(prose)))
    if fence is not None:
        blocks.append(fence)  # close a block the cut (or the model) left open
    result = "\n".join(blocks)
    if cut:
        result += f"\n\n*(explanation cut at {limit:,} characters)*"
    return result
