"""Search pages built with plain HttpResponse."""
from django.http import HttpResponse
from django.utils.html import escape, format_html
from django.shortcuts import render


def search(request):
    query = request.GET.get("q", "")
    # expect: xss
    return HttpResponse("<h2>Results for %s</h2>" % query)


def suggest(request):
    term = request.GET["term"]
    page = "<ul><li>{}</li></ul>".format(term)
    # expect: xss
    return HttpResponse(page)


def echo(request):
    # expect: xss
    return HttpResponse(f"<p>You said: {request.POST.get('message')}</p>")


def referrer(request):
    ref = request.META.get("HTTP_REFERER", "")
    # expect: xss
    resp = HttpResponse("<a href='" + ref + "'>back</a>")
    return resp


def raw_body(request):
    # expect: xss
    return HttpResponse(request.body, content_type="text/html")


def safe_search(request):
    query = request.GET.get("q", "")
    if request.GET.get("format") == "html":
        return HttpResponse(format_html("<h2>Results for {}</h2>", query))
    if request.GET.get("format") == "escaped":
        return HttpResponse("<h2>Results for %s</h2>" % escape(query))
    return render(request, "search.html", {"query": query})
