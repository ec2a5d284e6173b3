"""What an editor would make of text postil sends it: the live links, images and raw HTML a
CommonMark renderer with GFM tables finds in Markdown (markdown-it, which ``rich`` depends
on) plus the addresses a GFM renderer links in plain text (VS Code's ``marked`` does so even
inside a word), and the links VS Code makes in a notification line."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
PARSER.validateLink = lambda url: True  # markdown-it drops javascript:/file:/data: links itself; VS Code's renderer may not
DOCS = "https://docs.python.org/"

# What GFM autolinks in text (marked: from any ``http://``, ``ftp://`` or ``www.``, and e-mail addresses).
AUTOLINKED = re.compile(r"(?:https?://|ftp://|www\.)[A-Za-z0-9-][^\s<]*|[A-Za-z0-9._+-]+@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+",
                        re.IGNORECASE)
# VS Code's notification links (src/vs/base/common/linkedText.ts); a command: target runs on a click.
NOTIFICATION_LINK = re.compile(r"\[([^\]]+)\]\(((?:https?://|command:|file:)[^)\s]+)(?: ([\"'])(.+?)(\3))?\)",
                               re.IGNORECASE)


def live(text: str) -> list[tuple[str, str]]:
    """(kind, target) of every link, image, autolinked address and piece of raw HTML in rendered ``text``."""
    found: list[tuple[str, str]] = []

    def walk(tokens) -> None:
        for token in tokens:
            if token.type == "link_open":
                found.append(("link", str(token.attrs.get("href"))))
            elif token.type == "image":
                found.append(("image", str(token.attrs.get("src"))))
            elif token.type in ("html_inline", "html_block"):
                found.append(("html", token.content))
            elif token.type == "text":
                found.extend(("autolink", address) for address in AUTOLINKED.findall(token.content))
            walk(token.children or [])

    walk(PARSER.parse(text))
    return found


def unsafe(text: str, allowed: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """What is live in rendered ``text`` but a link to Python's docs or to an ``allowed`` address."""
    return [(kind, target) for kind, target in live(text)
            if not (kind in ("link", "autolink") and (target.startswith(DOCS) or target in allowed))]
