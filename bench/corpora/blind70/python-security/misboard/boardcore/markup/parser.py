"""A small markup parser: paragraphs, bold and quotes."""
import re

from django.utils.html import escape

BOLD_RE = re.compile(r"\*\*(.+?)\*\*")


def _paragraphs(text):
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    html = ""
    for block in blocks:
        html += "<p>" + BOLD_RE.sub(r"<b>\1</b>", block) + "</p>"
    return html


def parse(text):
    return {"parsed_text": _paragraphs(text), "mentions": re.findall(r"@(\w+)", text)}


def parse_escaped(text):
    return {"parsed_text": _paragraphs(str(escape(text))), "mentions": re.findall(r"@(\w+)", text)}
