"""Account and team management views."""
import json

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .forms import TeamForm
from .models import Account, Team


@require_POST
def create_account(request):
    # expect: mass-assignment
    account = Account.objects.create(**request.POST)
    return JsonResponse({"id": account.id}, status=201)


def update_profile(request, pk):
    account = Account.objects.get(pk=pk, owner=request.user)
    # expect: mass-assignment
    account.update(**request.POST)
    account.save()
    return JsonResponse({"ok": True})


def bulk_rename(request):
    # expect: mass-assignment
    Team.objects.filter(owner=request.user).update(**request.POST.dict())
    return JsonResponse({"ok": True})


def create_team(request):
    # expect: mass-assignment
    team = Team.objects.create(**request.GET)
    return JsonResponse({"id": team.id}, status=201)


def create_account_safe(request):
    account = Account.objects.create(
        email=request.POST["email"],
        display_name=request.POST.get("display_name", ""),
    )
    return JsonResponse({"id": account.id}, status=201)


def create_team_form(request):
    form = TeamForm(request.POST)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    team = form.save()
    return JsonResponse({"id": team.id}, status=201)


def update_profile_allowlisted(request, pk):
    account = Account.objects.get(pk=pk, owner=request.user)
    data = json.loads(request.body)
    for field in ("display_name", "timezone"):
        if field in data:
            setattr(account, field, data[field])
    account.save()
    return JsonResponse({"ok": True})
