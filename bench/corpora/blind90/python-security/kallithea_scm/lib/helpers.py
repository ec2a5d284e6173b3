"""Template helpers (h.*): HTML fragments built for the templates."""
from webhelpers2.html import escape, literal


def flash_fragment(category, message):
    # expect: xss
    return literal('<div class="alert alert-%s">%s</div>' % (category, message))


def safe_flash_fragment(category, message):
    return literal('<div class="alert alert-%s">%s</div>' % (escape(category), escape(message)))


def gravatar_div(email_hash, size):
    return literal('<img class="gravatar" src="/_admin/gravatar/%s?s=%d"/>' % (email_hash, int(size)))
