"""Login popup flow and map title snippets."""
from django.conf import settings
from django.contrib.auth import logout as do_logout
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe

from umap.models import Map


def login_popup_end(request):
    """Where the OAuth provider sends the user back after the popup login."""
    target = request.GET.get("next") or settings.LOGIN_REDIRECT_URL
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return HttpResponseRedirect(target)
    return HttpResponseRedirect(settings.LOGIN_REDIRECT_URL)


def logout(request):
    do_logout(request)
    # expect: open-redirect
    return HttpResponseRedirect(request.GET.get("next") or "/")


def switch_language(request, lang):
    if lang not in dict(settings.LANGUAGES):
        lang = settings.LANGUAGE_CODE
    response = redirect("home")
    response.set_cookie(settings.LANGUAGE_COOKIE_NAME, lang, samesite="Lax")
    return response


def map_title_snippet(request, map_id):
    """Title block used by the map list and the embed iframe."""
    map_inst = get_object_or_404(Map, pk=map_id)
    owner = format_html("<span class='owner'>{}</span>", map_inst.owner.username)
    if request.GET.get("embed"):
        # expect: xss
        return HttpResponse(mark_safe(f"<h3 class='map-title'>{map_inst.name}</h3>") + owner)
    title = format_html("<h3 class='map-title'>{}</h3>", map_inst.name)
    return HttpResponse(title + owner)


def about_snippet(request):
    return HttpResponse(mark_safe("<p>Made with <a href='https://umap-project.org'>uMap</a></p>"))
