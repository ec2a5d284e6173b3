"""Team settings views (session-authenticated, used from the browser)."""
import hashlib
import hmac
import json

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Team, TeamMember


@login_required
@require_POST
def rename_team(request, team_id):
    team = get_object_or_404(Team, pk=team_id, members__user=request.user)
    team.name = request.POST["name"][:80]
    team.save(update_fields=["name"])
    return redirect("teams:detail", team_id=team.pk)


# the drag-and-drop widget posts with fetch() and no token header
# expect: csrf-disabled
@csrf_exempt
@login_required
@require_POST
def remove_member(request, team_id):
    team = get_object_or_404(Team, pk=team_id, owner=request.user)
    TeamMember.objects.filter(team=team, user_id=request.POST["user_id"]).delete()
    return JsonResponse({"ok": True})


# expect: csrf-disabled
@csrf_exempt
@login_required
def transfer_ownership(request, team_id):
    team = get_object_or_404(Team, pk=team_id, owner=request.user)
    if request.method == "POST":
        team.owner_id = int(request.POST["new_owner"])
        team.save(update_fields=["owner"])
    return redirect("teams:detail", team_id=team.pk)


@csrf_exempt
@require_POST
def billing_webhook(request):
    """Called by the payment provider; authenticated by its HMAC signature, no cookies."""
    signature = request.headers.get("X-Signature", "")
    expected = hmac.new(settings.BILLING_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, expected):
        return HttpResponseForbidden("bad signature")
    event = json.loads(request.body)
    Team.objects.filter(billing_id=event["customer"]).update(plan=event["plan"])
    return HttpResponse(status=204)


@login_required
@require_POST
def leave_team(request, team_id):
    TeamMember.objects.filter(team_id=team_id, user=request.user).delete()
    return redirect("teams:list")
