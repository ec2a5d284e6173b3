"""Classic (non-API) views: language switch and dashboard redirect."""
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def set_language(request):
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    response = redirect(target)
    response.set_cookie("django_language", request.GET.get("lang", "en")[:5])
    return response


def dashboard_return(request):
    target = request.GET.get("return_to")
    if not target:
        target = "/dashboard"
    # expect: open-redirect
    return redirect(target)
