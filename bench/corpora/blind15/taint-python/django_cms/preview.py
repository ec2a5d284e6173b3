# library: django (HttpResponse / mark_safe / format_html with request data)
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.html import format_html
from django.utils.safestring import mark_safe


def _banner(title: str, subtitle: str) -> str:
    return "<header><h1>" + title + "</h1><small>" + subtitle + "</small></header>"


def preview(request):
    title = request.GET.get("title", "Untitled")
    subtitle = request.GET.get("subtitle")
    if subtitle is None:
        subtitle = ""
    banner = _banner(title, subtitle)
    # expect: xss
    return render(request, "cms/preview.html", {"banner": mark_safe(banner)})


def preview_raw(request):
    parts = {"title": request.GET.get("title", ""), "lang": "en"}
    # expect: xss
    return HttpResponse("<html lang='{lang}'><h1>{title}</h1></html>".format(**parts))


def preview_safe(request):
    banner = format_html("<header><h1>{}</h1><small>{}</small></header>", request.GET.get("title", ""), request.GET.get("subtitle", ""))
    return render(request, "cms/preview.html", {"banner": banner})


def preview_template(request):
    return render(request, "cms/preview_plain.html", {"title": request.GET.get("title", "")})
