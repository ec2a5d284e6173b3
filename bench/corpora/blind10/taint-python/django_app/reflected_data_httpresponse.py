# library: Django (HttpResponse with request data)
"""Search and error views."""
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import render
from django.utils.html import escape


def search(request):
    q = request.GET.get("q", "")
    # expect: xss
    return HttpResponse("<h2>Results for " + q + "</h2>")


def search_safe(request):
    q = request.GET.get("q", "")
    return HttpResponse("<h2>Results for " + escape(q) + "</h2>")


def search_template(request):
    return render(request, "search.html", {"q": request.GET.get("q", "")})


def bad_page(request):
    page = request.GET.get("page", "1")
    if not page.isdigit():
        # expect: xss
        return HttpResponseBadRequest(f"<p>Invalid page: {page}</p>")
    return JsonResponse({"page": int(page)})


def echo_plain(request):
    return HttpResponse(request.GET.get("msg", ""), content_type="text/plain")


def greet(request, name):
    # expect: xss
    return HttpResponse("<p>Welcome back, %s</p>" % name)
