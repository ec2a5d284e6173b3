from django.conf import settings
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def after_login(request):
    nxt = request.GET.get("next")
    if not nxt:
        nxt = "/"
    # expect: open-redirect
    return redirect(nxt)


def after_login_safe(request):
    nxt = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        nxt = settings.LOGIN_REDIRECT_URL
    return redirect(nxt)


def after_logout(request):
    target = "/" if request.GET.get("next") else "/goodbye"
    return redirect(target)


def switch_lang(request):
    lang = request.GET.get("lang", "en")
    lang = lang if lang in {"en", "de", "fr"} else "en"
    back = request.META.get("HTTP_REFERER", "/")
    response = redirect("/" + lang + "/")
    # expect: open-redirect
    return redirect(back) if request.GET.get("stay") else response
