"""Login and logout."""
from django.contrib import auth
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render

from ..sumo.urlresolvers import get_next_url, get_safe_next_url


def user_auth(request):
    form = auth.forms.AuthenticationForm(request, data=request.POST or None)
    if request.method == "POST" and form.is_valid():
        auth.login(request, form.get_user())
        next_url = get_next_url(request)
        # expect: open-redirect
        return HttpResponseRedirect(next_url)
    return render(request, "users/auth.html", {"form": form})


def logout(request):
    auth.logout(request)
    return redirect(get_safe_next_url(request))
