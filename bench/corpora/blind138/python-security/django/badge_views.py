"""Small HTML fragments returned to embed widgets."""
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.html import escape, format_html


def badge(request):
    label = request.GET.get("label", "build")
    # expect: xss
    return HttpResponse("<span class='badge'>%s</span>" % label)


def greeting(request):
    name = request.GET.get("name", "")
    # expect: xss
    html = "<h1>Hello {}</h1>".format(name)
    return HttpResponse(html)


def search_echo(request):
    q = request.GET.get("q", "")
    # expect: xss
    return HttpResponse(f"<p>No results for <b>{q}</b></p>")


def safe_badge(request):
    label = request.GET.get("label", "build")
    return HttpResponse("<span class='badge'>%s</span>" % escape(label))


def safe_greeting(request):
    return HttpResponse(format_html("<h1>Hello {}</h1>", request.GET.get("name", "")))


def page(request):
    return render(request, "widgets/page.html", {"q": request.GET.get("q", "")})


def count(request):
    return HttpResponse("<p>%d results</p>" % int(request.GET.get("n", 0)))
