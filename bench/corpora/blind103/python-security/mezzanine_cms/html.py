import bleach
from django.utils.safestring import mark_safe

RICHTEXT_ALLOWED_TAGS = ["a", "abbr", "b", "blockquote", "em", "i", "li", "ol", "p", "strong", "ul"]


def escape(html):
    return bleach.clean(html, tags=RICHTEXT_ALLOWED_TAGS, strip=True)


def richtext_filters(content, filters_enabled=True):
    if filters_enabled:
        content = escape(content)
    # expect: xss
    return mark_safe(content)


def richtext_filters_always(content):
    return mark_safe(escape(content))
