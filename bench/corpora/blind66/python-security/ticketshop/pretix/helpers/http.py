"""Redirect helpers."""
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def redirect_to_url(url):
    # expect: open-redirect
    return HttpResponseRedirect(url)


def safe_redirect(request, url, fallback="presale:event.index", **fallback_kwargs):
    if url and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(url)
    return redirect(reverse(fallback, kwargs=fallback_kwargs))
