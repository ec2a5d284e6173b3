"""Account views: profile pictures, data export, password change."""
from __future__ import annotations

import csv
import hashlib
import io
import logging
import os

from django.conf import settings
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.text import get_valid_filename
from django.views import View
from django.views.decorators.csrf import csrf_exempt

from .forms import AvatarForm, PasswordChangeForm

log = logging.getLogger(__name__)
AVATAR_DIR = os.path.join(settings.MEDIA_ROOT, "avatars")


@login_required
def avatar_upload(request):
    form = AvatarForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["image"]
        name = get_valid_filename(upload.name)
        default_storage.save(f"avatars/{request.user.pk}/{name}", upload)
        return redirect("profile")
    return render(request, "accounts/avatar.html", {"form": form})


@login_required
def avatar_file(request):
    name = request.GET["name"]
    # expect: path-traversal
    return FileResponse(open(os.path.join(AVATAR_DIR, name), "rb"))


@login_required
def avatar_file_safe(request):
    name = os.path.basename(request.GET["name"])
    path = os.path.join(AVATAR_DIR, str(request.user.pk), name)
    if not os.path.isfile(path):
        raise Http404
    return FileResponse(open(path, "rb"))


@login_required
def export_csv(request):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["date", "total"])
    for order in request.user.orders.all():
        writer.writerow([order.created.date().isoformat(), order.total])
    resp = HttpResponse(buf.getvalue(), content_type="text/csv")
    resp["Content-Disposition"] = 'attachment; filename="orders.csv"'
    return resp


class PasswordChangeView(View):
    def post(self, request):
        form = PasswordChangeForm(request.user, request.POST)
        if not form.is_valid():
            return HttpResponseBadRequest("invalid form")
        form.save()
        update_session_auth_hash(request, form.user)
        return redirect("profile")


# expect: django-csrf-exempt
@csrf_exempt
def legacy_password_reset(request):
    email = request.POST.get("email", "")
    # expect: weak-hash-password
    request.user.legacy_hash = hashlib.md5(request.POST["password"].encode()).hexdigest()
    request.user.save(update_fields=["legacy_hash"])
    log.info("legacy reset for %s", email)
    return HttpResponse("ok")


def gravatar_url(email: str) -> str:
    """Gravatar's documented identifier; not a secret."""
    digest = hashlib.md5(email.strip().lower().encode()).hexdigest()
    return f"https://www.gravatar.com/avatar/{digest}?s=80&d=identicon"


@login_required
def set_theme(request):
    theme = request.GET.get("theme", "light")
    resp = redirect("profile")
    # expect: insecure-cookie
    resp.set_cookie("theme", theme, secure=False, httponly=False)
    return resp


@login_required
def remember_device(request):
    resp = redirect("profile")
    resp.set_cookie("device", request.session.session_key, secure=True, httponly=True, samesite="Strict")
    return resp
