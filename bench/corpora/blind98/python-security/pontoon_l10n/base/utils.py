"""Request helpers used across Pontoon-style views."""
from django.http import Http404
from django.shortcuts import get_object_or_404

from .models import Locale, Project


def require_AJAX(view):
    def wrapped(request, *args, **kwargs):
        if request.headers.get("x-requested-with") != "XMLHttpRequest":
            raise Http404
        return view(request, *args, **kwargs)
    return wrapped


def get_locale_and_project(request):
    """Read the locale and project codes; the objects are looked up, the raw codes are kept too."""
    params = request.GET if request.method == "GET" else request.POST
    locale_code = params.get("locale", "en-US")
    slug = params.get("project", "all-projects")
    locale = get_object_or_404(Locale, code=locale_code)
    project = None if slug == "all-projects" else get_object_or_404(Project, slug=slug)
    return {"locale": locale, "project": project, "locale_code": locale_code, "search": params.get("search", "")}
