import bleach
from django.utils.safestring import mark_safe
from markdown import markdown
from modernrpc.core import REQUEST_KEY, rpc_method

ALLOWED_TAGS = ["p", "em", "strong", "code", "pre", "ul", "ol", "li", "a", "h1", "h2", "h3", "table", "tr", "td", "th"]


def markdown2html(md_str):
    html = markdown(md_str or "", extensions=["markdown.extensions.fenced_code", "markdown.extensions.tables"])
    return mark_safe(bleach.clean(html, tags=ALLOWED_TAGS, attributes={"a": ["href", "title"]}))


@rpc_method(name="Markdown.render")
def render(text, **kwargs):
    return markdown2html(text)


@rpc_method(name="Markdown.render_raw")
def render_raw(text, **kwargs):
    request = kwargs.get(REQUEST_KEY)
    fmt = request.GET.get("fmt", "html") if request is not None else "html"
    html = markdown(text) if fmt == "html" else "<pre>%s</pre>" % text
    # expect: xss
    return mark_safe(html)
