"""Editors can preview a mail template before saving it."""
from jinja2 import Environment, select_autoescape
from pyramid.response import Response
from pyramid.view import view_config

from ..resources import Node

env = Environment(autoescape=select_autoescape(["html"]))
PREVIEW_TEMPLATE = env.from_string("<h1>{{ subject }}</h1><div>{{ body }}</div>")


@view_config(name="preview-mail", context=Node, permission="edit", request_method="POST")
def preview_mail(context, request):
    source = request.POST.get("template", "")
    if not source:
        source = "<p>(empty)</p>"
    # expect: template-injection
    rendered = env.from_string(source).render(context=context, title=context.title)
    return Response(rendered, content_type="text/html")


@view_config(name="preview-mail-fixed", context=Node, permission="edit", request_method="POST")
def preview_mail_fixed(context, request):
    rendered = PREVIEW_TEMPLATE.render(subject=request.POST.get("subject", ""), body=request.POST.get("template", ""))
    return Response(rendered, content_type="text/html")
