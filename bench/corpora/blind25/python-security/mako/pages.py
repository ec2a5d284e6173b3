"""Server-rendered pages with Mako."""
from mako.lookup import TemplateLookup
from mako.template import Template

# expect: xss
lookup = TemplateLookup(directories=["templates"])
safe_lookup = TemplateLookup(directories=["templates"], default_filters=["h"])


def banner(text: str) -> str:
    # expect: xss
    return Template("<div class='banner'>${text}</div>").render(text=text)


def banner_escaped(text: str) -> str:
    return Template("<div class='banner'>${text | h}</div>").render(text=text)


def banner_default_escaped(text: str) -> str:
    return Template("<div class='banner'>${text}</div>", default_filters=["h"]).render(text=text)


def page(name: str, **ctx) -> str:
    return safe_lookup.get_template(name).render(**ctx)
