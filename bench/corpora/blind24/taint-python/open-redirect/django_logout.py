"""Logout view that follows a return URL (Django)."""
from django.contrib.auth import logout
from django.http import HttpResponseRedirect


def logout_view(request):
    logout(request)
    target = request.GET.get("return_to", "/")
    # expect: open-redirect
    return HttpResponseRedirect(target)
