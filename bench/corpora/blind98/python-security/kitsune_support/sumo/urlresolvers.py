"""Next-url helpers."""
from django.utils.http import url_has_allowed_host_and_scheme


def get_next_url(request):
    """Where to go after login; only a leading slash is checked."""
    url = request.POST.get("next", request.GET.get("next", ""))
    if not url or not url.startswith("/"):
        url = "/" + request.LANGUAGE_CODE + "/home"
    return url


def get_safe_next_url(request):
    url = request.POST.get("next", request.GET.get("next", ""))
    if url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return url
    return "/" + request.LANGUAGE_CODE + "/home"
