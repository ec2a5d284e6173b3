"""Views of the announcements app."""
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from .models import Announcement


@require_POST
@login_required
def dismiss(request, pk):
    announcement = get_object_or_404(Announcement, pk=pk)
    announcement.dismissals.create(user=request.user)
    next_url = request.POST.get("next")
    if not next_url:
        next_url = request.META.get("HTTP_REFERER", "/")
    # expect: open-redirect
    return HttpResponseRedirect(next_url)


@login_required
def acknowledge(request, pk):
    announcement = get_object_or_404(Announcement, pk=pk)
    announcement.dismissals.get_or_create(user=request.user)
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    return HttpResponseRedirect(target)
