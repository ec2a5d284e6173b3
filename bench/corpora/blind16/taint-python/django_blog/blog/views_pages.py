from django.http import HttpResponse
from django.shortcuts import render
from django.utils.html import escape, format_html

from .services import QueryParams


def hello(request):
    name = QueryParams(request).text("name", "reader")
    # expect: xss
    return HttpResponse(f"<h1>Hello {name}</h1>")


def hello_safe(request):
    name = QueryParams(request).text("name", "reader")
    return HttpResponse(format_html("<h1>Hello {}</h1>", name))


def preview(request):
    try:
        body = request.POST["body"]
    except KeyError:
        body = "<p>Nothing to preview</p>"
    # expect: xss
    return HttpResponse("<div class='preview'>%s</div>" % body)


def preview_escaped(request):
    body = request.POST.get("body", "")
    return HttpResponse("<div class='preview'>%s</div>" % escape(body))


def search(request):
    return render(request, "blog/search.html", {"q": QueryParams(request).text("q")})
