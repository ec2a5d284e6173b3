# library: django (django.http.HttpResponse)
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.html import escape


def search(request):
    term = request.GET.get("q", "")
    # expect: xss
    return HttpResponse(f"<h1>Results for {term}</h1>")


def greet(request):
    name = request.GET.get("name") or "guest"
    body = "<p>Hello, " + name + "</p>"
    # expect: xss
    return HttpResponse(body)


def greet_escaped(request):
    name = request.GET.get("name") or "guest"
    return HttpResponse("<p>Hello, " + escape(name) + "</p>")


def greet_template(request):
    return render(request, "greet.html", {"name": request.GET.get("name", "")})


def status(request):
    return HttpResponse(request.GET.get("probe", "ok"), content_type="text/plain")


def healthz(request):
    return JsonResponse({"status": "ok", "echo": request.GET.get("probe")})
