"""Tiny diagnostics endpoints."""
from django.http import HttpResponse
from django.utils.html import escape


def echo(request):
    msg = request.GET.get("msg", "")
    # expect: xss
    return HttpResponse("<p>You said: " + msg + "</p>")


def greet(request, name):
    # expect: xss
    return HttpResponse(f"<h1>Welcome back, {name}!</h1>")


def echo_escaped(request):
    return HttpResponse("<p>You said: %s</p>" % escape(request.GET.get("msg", "")))


def echo_plain(request):
    return HttpResponse(request.GET.get("msg", ""), content_type="text/plain")
