"""Login page and the post-login hop."""
from django.contrib.auth import authenticate, login
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.views.generic import View

from ..utils.auth import get_login_redirect, initiate_login


class AuthLoginView(View):
    template_name = "sentry/login.html"

    def get(self, request):
        initiate_login(request, request.GET.get("next"))
        return render(request, self.template_name, {})

    def post(self, request):
        user = authenticate(request, username=request.POST.get("username"), password=request.POST.get("password"))
        if user is None:
            return render(request, self.template_name, {"error": "Invalid credentials"}, status=400)
        login(request, user)
        return HttpResponseRedirect(get_login_redirect(request))


class AuthHopView(View):
    def get(self, request):
        redirect_to = request.GET.get("redirect_to") or "/"
        # expect: open-redirect
        return HttpResponseRedirect(redirect_to)
