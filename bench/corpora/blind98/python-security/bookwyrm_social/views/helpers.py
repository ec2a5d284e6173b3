"""Small request helpers shared by the views."""
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def get_next(request, default="/"):
    """The page to go back to after a form post."""
    target = request.POST.get("next") or request.GET.get("next")
    if not target:
        target = default
    return target


def redirect_to_referer(request, *args):
    """Go back where the user came from, if that is this site."""
    referer = request.META.get("HTTP_REFERER")
    if referer and url_has_allowed_host_and_scheme(referer, allowed_hosts={request.get_host()}):
        return redirect(referer)
    return redirect(*args or ("/",))


def is_api_request(request):
    return "json" in request.headers.get("Accept", "") or request.path.endswith("/json")
