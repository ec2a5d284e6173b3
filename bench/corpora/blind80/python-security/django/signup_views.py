"""Sign-up and invitation endpoints (form posts from the marketing site)."""
import re

from django.http import HttpResponseBadRequest, JsonResponse
from django.utils.html import escape
from django.views.decorators.http import require_POST

from .models import Invite, User

USERNAME_RE = re.compile(r"^[a-z0-9_]{3,30}$")


@require_POST
def signup(request):
    username = request.POST.get("username", "")
    if not USERNAME_RE.match(username):
        # expect: xss
        return HttpResponseBadRequest("Invalid username: %s" % username)
    if User.objects.filter(username=username).exists():
        # expect: xss
        return HttpResponseBadRequest(f"<p>{request.POST.get('username')} is taken</p>")
    User.objects.create_user(username=username, email=request.POST.get("email", ""))
    return JsonResponse({"ok": True})


@require_POST
def accept_invite(request):
    code = request.GET.get("code")
    invite = Invite.objects.filter(code=code).first()
    if invite is None:
        msg = "Unknown invitation code {}".format(code)
        # expect: xss
        return HttpResponseBadRequest(msg)
    invite.accept(request.user)
    return JsonResponse({"team": invite.team_id})


def check_referral(request):
    # expect: xss
    return HttpResponseBadRequest(request.GET.get("ref", ""), content_type="text/html")


def check_email(request):
    email = request.GET.get("email", "")
    if "@" not in email:
        return HttpResponseBadRequest("Invalid email: %s" % escape(email))
    return JsonResponse({"ok": True})


def check_age(request):
    if not request.GET.get("age", "").isdigit():
        return HttpResponseBadRequest("age must be a number", content_type="text/plain")
    return JsonResponse({"ok": True})
