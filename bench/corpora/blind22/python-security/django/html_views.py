"""Small HTML endpoints of the help desk app."""
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe, SafeString


def greet(request):
    name = request.GET.get("name", "guest")
    # expect: xss
    return HttpResponse("<h1>Hello " + name + "</h1>")


def greet_escaped(request):
    name = request.GET.get("name", "guest")
    return HttpResponse("<h1>Hello %s</h1>" % escape(name))


def ticket_banner(request, ticket_id):
    subject = request.POST.get("subject", "")
    # expect: xss
    banner = mark_safe(f"<div class='banner'>{subject}</div>")
    safe_banner = format_html("<div class='banner'>{}</div>", subject)
    return render(request, "tickets/banner.html", {"banner": banner, "safe": safe_banner})


def tag_list(request):
    tag = request.GET.get("tag", "")
    # expect: xss
    chip = format_html(f"<span class='chip'>{tag}</span>")
    ok_chip = format_html("<span class='chip'>{}</span>", tag)
    return HttpResponse(chip + ok_chip)


def bad_filter(request):
    field = request.GET.get("field", "")
    if field not in ("status", "owner"):
        # expect: xss
        return HttpResponseBadRequest(f"Unknown filter field: {field}")
    return HttpResponseBadRequest("Bad filter")


def footer(request):
    year = 2026
    html = mark_safe("<footer>&copy; Acme %d</footer>" % year)
    return HttpResponse(html, content_type="text/html")


class SignatureHtml(SafeString):
    """Marks e-mail signatures as already safe HTML."""


def signature(request):
    body = request.user.profile.signature
    # expect: xss
    return HttpResponse(SignatureHtml(body))


def plain_echo(request):
    return HttpResponse(request.GET.get("q", ""), content_type="text/plain")
