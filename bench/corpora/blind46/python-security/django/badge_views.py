"""Embeddable badges and small HTML fragments."""
from django.http import HttpResponse
from django.utils.html import escape, format_html

BADGE = "<span class='badge badge-{}'>{}</span>"


def badge(request):
    label = request.GET.get("label", "build")
    status = request.GET.get("status", "passing")
    # expect: xss
    return HttpResponse("<span class='badge'>%s: %s</span>" % (label, status))


def greeting(request):
    name = request.GET["name"]
    # expect: xss
    return HttpResponse(f"<h2>Welcome back, {name}</h2>")


def notice(request):
    text = request.POST.get("text", "")
    # expect: xss
    return HttpResponse("<div class='notice'>{}</div>".format(text))


def colored(request):
    tpl = "<b style='color:%s'>%s</b>"
    # expect: xss
    html = tpl % (request.GET.get("color", "black"), request.GET.get("word", ""))
    return HttpResponse(html)


def safe_badge(request):
    return HttpResponse(format_html(BADGE, request.GET.get("kind", "info"), request.GET.get("label", "")))


def escaped_greeting(request):
    return HttpResponse("<h2>Welcome back, %s</h2>" % escape(request.GET.get("name", "")))
