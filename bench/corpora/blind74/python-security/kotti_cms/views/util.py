"""Snippets rendered outside the main templates."""
from markupsafe import escape
from pyramid.response import Response
from pyramid.view import view_config

from ..resources import Node


def flash_snippet(messages):
    html = "<ul class='alerts'>"
    for queue, msg in messages:
        html += f"<li class='alert-{queue}'>{msg}</li>"
    return html + "</ul>"


@view_config(name="render-flash", context=Node)
def render_flash(context, request):
    messages = [("info", m) for m in request.params.getall("msg")]
    # expect: xss
    return Response(flash_snippet(messages), content_type="text/html")


@view_config(name="render-flash-escaped", context=Node)
def render_flash_escaped(context, request):
    messages = [("info", escape(m)) for m in request.params.getall("msg")]
    return Response(flash_snippet(messages), content_type="text/html")


@view_config(name="lang-banner", context=Node)
def lang_banner(context, request):
    lang = request.environ.get("kotti.lang", "en")
    if lang not in ("en", "de", "fr", "it"):
        lang = "en"
    return Response(f"<span class='lang'>{lang}</span>", content_type="text/html")
