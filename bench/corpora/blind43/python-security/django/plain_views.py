"""Views that answer with hand-built bodies."""
from django import http
from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseForbidden,
    HttpResponseNotFound,
)
from django.shortcuts import render


def greet(request):
    name = request.GET.get("name", "")
    # expect: xss
    return HttpResponse("<p>Hello %s</p>" % name)


def lookup(request, slug):
    # expect: xss
    return HttpResponseNotFound(f"<h1>No page called {slug}</h1>")


def upload(request):
    errors = ", ".join(request.FILES.keys())
    # expect: xss
    return HttpResponseBadRequest(content="Rejected: " + errors)


def restricted(request):
    body = "<p>%s may not view this page</p>" % request.user.get_username()
    # expect: xss
    return HttpResponseForbidden(body)


def gone(request, slug):
    # expect: xss
    return http.HttpResponseGone("{} was removed".format(slug))


def ok(request):
    return HttpResponse("ok", content_type="text/plain")


def no_content(request):
    return HttpResponse(status=204)


def page(request):
    return render(request, "page.html", {"name": request.GET.get("name", "")})
