from functools import wraps

from django.shortcuts import redirect


def identity_required(view):
    @wraps(view)
    def inner(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect("/auth/login/")
        return view(request, *args, **kwargs)
    return inner
