import logging

from jinja2 import Environment, select_autoescape
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import escape
from pyramid.response import Response
from pyramid.view import view_config

from ..rendering import render_markdown, render_markdown_clean

log = logging.getLogger("cms.admin")

_env = Environment(autoescape=select_autoescape(["html"]))
_sandbox = SandboxedEnvironment(autoescape=True)

SNIPPET_CONTEXT = {"site_name": "Field Notes", "year": 2026}


@view_config(route_name="post_preview", request_method="POST", permission="edit")
def preview(request):
    source = request.POST.get("body", "")
    mode = request.POST.get("mode", "raw")
    if mode == "clean":
        html = render_markdown_clean(source)
    else:
        html = render_markdown(source)
    return Response(str(html), content_type="text/html")


@view_config(route_name="snippet", request_method="POST", permission="edit")
def snippet(request):
    """Editors write small reusable snippets with {{ site_name }} style placeholders."""
    data = request.json_body
    template_src = data.get("template", "")
    # expect: template-injection
    rendered = _env.from_string(template_src).render(**SNIPPET_CONTEXT)
    return Response(rendered, content_type="text/html")


@view_config(route_name="snippet", request_method="POST", request_param="sandbox=1", permission="edit")
def snippet_sandboxed(request):
    data = request.json_body
    rendered = _sandbox.from_string(data.get("template", "")).render(**SNIPPET_CONTEXT)
    return Response(rendered, content_type="text/html")


@view_config(route_name="snippet", request_method="GET", permission="edit")
def snippet_help(request):
    name = request.GET.get("name", "")
    return Response(f"<p>Snippet <code>{escape(name)}</code> uses the placeholders site_name and year.</p>")
