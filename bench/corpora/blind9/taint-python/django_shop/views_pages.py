# library: Django (HttpResponse, mark_safe, format_html)
"""Small HTML fragments served to the storefront."""
from django.http import HttpResponse, HttpResponseRedirect
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe


def welcome(request):
    name = request.GET.get("name", "")
    # expect: xss
    return HttpResponse("<h2>Welcome back, %s</h2>" % name)


def welcome_safe(request):
    return HttpResponse(format_html("<h2>Welcome back, {}</h2>", request.GET.get("name", "")))


def coupon(request):
    code = request.GET.get("code", "")
    # expect: xss
    banner = mark_safe(f"<div class='coupon'>Code {code} applied</div>")
    return HttpResponse(banner)


def coupon_safe(request):
    return HttpResponse("<div class='coupon'>Code %s applied</div>" % escape(request.GET.get("code", "")))


def continue_shopping(request):
    nxt = request.GET.get("next", "/")
    if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return HttpResponseRedirect(nxt)
    return HttpResponseRedirect("/")


def back(request):
    # expect: open-redirect
    return HttpResponseRedirect(request.GET.get("back", "/"))
