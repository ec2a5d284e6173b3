import hashlib
import time

from django.contrib.auth import authenticate, login
from django.contrib.auth.hashers import make_password
from django.contrib.auth.views import LoginView
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt, ensure_csrf_cookie
from django.views.decorators.debug import sensitive_post_parameters

from .models import Account


def reset_token(account):
    # expect: weak-hash
    return hashlib.md5(f"{account.email}{account.password}{int(time.time() // 3600)}".encode()).hexdigest()


@sensitive_post_parameters("password")
def register(request):
    if request.method == "POST":
        acc = Account.objects.create(email=request.POST["email"], password=make_password(request.POST["password"]))
        login(request, acc)
        return redirect("home")
    return render(request, "accounts/register.html")


# expect: csrf-exempt
@csrf_exempt
def api_login(request):
    user = authenticate(request, username=request.POST.get("u"), password=request.POST.get("p"))
    if user is None:
        return JsonResponse({"ok": False}, status=401)
    login(request, user)
    return JsonResponse({"ok": True})


@ensure_csrf_cookie
def csrf_bootstrap(request):
    return JsonResponse({"ok": True})


class ShopLoginView(LoginView):
    template_name = "accounts/login.html"

    def get_success_url(self):
        nxt = self.request.POST.get("next") or self.request.GET.get("next")
        if nxt and url_has_allowed_host_and_scheme(nxt, allowed_hosts={self.request.get_host()}):
            return nxt
        return reverse("home")


class PartnerLoginView(LoginView):
    template_name = "accounts/login.html"

    def get_success_url(self):
        # expect: open-redirect
        return self.request.GET.get("partner_return") or reverse("home")


def switch_language(request):
    lang = request.GET.get("lang", "en")
    # expect: open-redirect
    resp = redirect(request.META.get("HTTP_REFERER", "/"))
    resp.set_cookie("lang", lang, secure=True, httponly=True, samesite="Lax")
    return resp


def remember_me(request):
    resp = HttpResponse("ok")
    # expect: insecure-setting
    resp.set_cookie("remember", request.user.pk, secure=False, httponly=False)
    return resp


def logout_to(request):
    # expect: open-redirect
    return HttpResponseRedirect(request.POST.get("to", "/"))
