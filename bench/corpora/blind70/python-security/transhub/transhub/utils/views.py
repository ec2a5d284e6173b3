"""View helpers: path parsing, redirects, highlighting."""
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe

from transhub.trans.models import Component, Project


def parse_path(request, path):
    if not path or len(path) > 2:
        raise Http404("bad path")
    project = get_object_or_404(Project, slug=path[0])
    if len(path) == 1:
        return project
    return get_object_or_404(Component, project=project, slug=path[1])


def redirect_next(next_url, fallback, request=None):
    allowed = {request.get_host()} if request is not None else set()
    if not next_url or not url_has_allowed_host_and_scheme(next_url, allowed_hosts=allowed):
        return HttpResponseRedirect(fallback)
    return HttpResponseRedirect(next_url)


def highlight_term(text, term):
    if not term:
        return escape(text)
    marked = escape(text).replace(term, f"<mark>{term}</mark>")
    # expect: xss
    return mark_safe(marked)


def highlight_term_safe(text, term):
    if not term:
        return escape(text)
    head, sep, tail = str(text).partition(term)
    if not sep:
        return escape(text)
    return format_html("{}<mark>{}</mark>{}", head, sep, tail)
