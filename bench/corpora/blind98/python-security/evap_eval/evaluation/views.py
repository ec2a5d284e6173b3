"""Login and language views."""
from django.contrib import auth
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme


def index(request):
    form = auth.forms.AuthenticationForm(request, data=request.POST or None)
    if form.is_valid():
        auth.login(request, form.get_user())
        redirect_to = request.GET.get("next") or "/results/"
        # expect: open-redirect
        return redirect(redirect_to)
    return render(request, "index.html", {"form": form})


def set_lang(request):
    request.session["language"] = request.POST.get("language", "en")[:2]
    target = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    return redirect(target)
