"""Profile pages."""
from django.shortcuts import get_object_or_404, render

from accounts.models import Profile


def profile(request, username):
    profile = get_object_or_404(Profile, user__username=username)
    is_owner = request.user == profile.user
    # expect: locals-context
    return render(request, "accounts/profile.html", locals())


def settings_page(request):
    profile = request.user.profile
    form = None
    # expect: locals-context
    context = locals()
    return render(request, "accounts/settings.html", context)


def public_profile(request, username):
    profile = get_object_or_404(Profile, user__username=username)
    return render(request, "accounts/profile.html", {"profile": profile})
