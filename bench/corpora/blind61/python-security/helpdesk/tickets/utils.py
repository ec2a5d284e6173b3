import re

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


def highlight(text, term):
    """Wrap each occurrence of ``term`` in <mark> for the search results page."""
    if not term:
        return text
    marked = re.sub(re.escape(term), lambda m: "<mark>" + m.group(0) + "</mark>", text, flags=re.I)
    # expect: xss
    return mark_safe(marked)


def highlight_escaped(text, term):
    if not term:
        return escape(text)
    parts = re.split("(" + re.escape(term) + ")", text, flags=re.I)
    out = [format_html("<mark>{}</mark>", p) if p.lower() == term.lower() else escape(p) for p in parts]
    return mark_safe("".join(out))


def signature_block(signature):
    return format_html("<div class='sig'>{}</div>", signature or "")
