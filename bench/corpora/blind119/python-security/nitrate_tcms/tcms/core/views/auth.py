"""Login/logout views, shaped on tcms.core.views.auth."""
from django.contrib.auth import authenticate, login, logout
from django.http import HttpResponseRedirect
from django.shortcuts import render


def login_view(request):
    if request.method == "POST":
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is not None:
            login(request, user)
            return HttpResponseRedirect("/")
    return render(request, "registration/login.html")


def logout_view(request):
    logout(request)
    next_page = request.GET.get("next")
    if not next_page:
        next_page = "/accounts/login/"
    # expect: open-redirect
    return HttpResponseRedirect(next_page)
