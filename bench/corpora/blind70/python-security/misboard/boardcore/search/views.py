"""Search landing page: remembers the last query for the search box."""
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse

from boardcore.core.utils import clean_return_path

PROVIDERS = ("threads", "users")


def landing(request):
    query = request.GET.get("q", "").strip()
    provider = request.GET.get("provider", "threads")
    if provider not in PROVIDERS:
        provider = "threads"
    request.session["search_provider"] = provider
    if query:
        # expect: trust-boundary
        request.session["search_query"] = query[:200]
    return render(request, "search/landing.html", {"query": query, "provider": provider})


def done(request):
    return_path = clean_return_path(request)
    if return_path is None:
        return HttpResponseRedirect(reverse("search:landing"))
    return HttpResponseRedirect(return_path)
