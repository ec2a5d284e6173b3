from urllib.parse import urlparse

from django.utils.http import url_has_allowed_host_and_scheme


def next_url(request):
    next_value = request.GET.get("next", request.POST.get("next", ""))
    host = request.get_host()
    return next_value if next_value and url_has_allowed_host_and_scheme(next_value, allowed_hosts={host}) else None


def login_redirect(request):
    ignorable_nexts = ("/accounts/login/", "/accounts/logout/")
    next_value = request.GET.get("next") or request.session.get("login_next", "/")
    if next_value in ignorable_nexts:
        next_value = "/"
    return next_value


def path_for_import(name):
    return name.replace(".", "/")


def is_local(url):
    parsed = urlparse(url)
    return not parsed.netloc and not parsed.scheme and url.startswith("/") and not url.startswith("//")
